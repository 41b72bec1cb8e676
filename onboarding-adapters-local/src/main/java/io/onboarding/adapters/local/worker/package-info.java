/**
 * The offline engines in supervised worker processes: {@code IsolatedEngines} hands out the domain's
 * {@link io.onboarding.domain.port.IdDocumentReader} and {@link io.onboarding.domain.port.FaceComparator} and sends
 * each call to a worker JVM ({@code EngineWorker}) over its standard input and output, with a deadline per call and
 * a memory ceiling per worker, replacing a worker that dies. The worker runs the engines of {@code ocr} and
 * {@code face}; this package is the only way to them from other modules' default wiring. Depends on the domain,
 * {@code store.DocumentBytes}, {@code pool}, {@code ocr}, {@code face}, Jackson and the JDK; no sockets, no
 * {@code org.bytedeco}.
 */
package io.onboarding.adapters.local.worker;
