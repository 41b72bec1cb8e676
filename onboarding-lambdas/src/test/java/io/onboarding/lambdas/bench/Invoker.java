package io.onboarding.lambdas.bench;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Not a test: plays the Lambda Java runtime for one cold start in a fresh JVM. It loads the handler class named by
 * the first argument and builds it with its public no-argument constructor (INIT), reads the event JSON file named
 * by the second argument with the serializer the runtime would pick (aws-lambda-java-serialization: its event
 * serializers for the {@code aws-lambda-java-events} types it supports, its Jackson POJO serializer otherwise),
 * calls {@code handleRequest} once and serialises the result the same way. Then it prints
 * <pre>done init_ms=… invoke_ms=… main_ms=…</pre>
 * (the parent stops its clock on this line), then {@code stats uptime_ms=… loaded_classes=…} (JVM uptime at the
 * handler's return and the loaded-class count, read afterwards through JMX, whose own classes count alike in every
 * variant) and {@code response <json>}, and exits. Its classpath is the function's jar, this class's jar and the
 * serialization jar, nothing else. The INIT/invoke split is indicative only (the real runtime also prepares its
 * serializers during INIT); the time from launch to the return is what the benchmark compares.
 */
public final class Invoker {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private Invoker() {
    }

    /** Arguments: the handler's class name and the event JSON file. */
    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: Invoker <handler class> <event json file>");
        }
        Class<?> type = Class.forName(args[0]);
        Object handler = type.getConstructor().newInstance();   // INIT, as the runtime does it
        long initialised = System.nanoTime();

        Type[] parameters = requestHandlerTypes(type);
        ClassLoader loader = type.getClassLoader();
        PojoSerializer<Object> input = serializer(parameters[0], loader);
        Object event;
        try (InputStream in = Files.newInputStream(Path.of(args[1]))) {
            event = input.fromJson(in);
        }
        @SuppressWarnings("unchecked")
        RequestHandler<Object, Object> requestHandler = (RequestHandler<Object, Object>) handler;
        Object result = requestHandler.handleRequest(event, BenchContext.until(System.currentTimeMillis()
                + TIMEOUT.toMillis()));
        var response = new ByteArrayOutputStream();
        if (isVoid(parameters[1]) || result == null) {
            response.writeBytes("null".getBytes(StandardCharsets.UTF_8));
        } else {
            serializer(parameters[1], loader).toJson(result, response);
        }
        long returned = System.nanoTime();

        System.out.println("done init_ms=" + millis(initialised - start) + " invoke_ms=" + millis(returned - initialised)
                + " main_ms=" + millis(returned - start));
        System.out.flush();
        long uptimeAtReturn = ManagementFactory.getRuntimeMXBean().getUptime() - millis(System.nanoTime() - returned);
        long classes = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
        System.out.println("stats uptime_ms=" + uptimeAtReturn + " loaded_classes=" + classes);
        System.out.println("response " + response.toString(StandardCharsets.UTF_8));
        System.out.flush();
        System.exit(0);   // the SDK's and servers' non-daemon threads must not keep the measured JVM alive
    }

    /** The runtime's choice: event serializers for supported event types, the Jackson POJO serializer otherwise. */
    @SuppressWarnings("unchecked")
    private static PojoSerializer<Object> serializer(Type type, ClassLoader loader) {
        if (type instanceof Class<?> eventClass && LambdaEventSerializers.isLambdaSupportedEvent(eventClass.getName())) {
            return (PojoSerializer<Object>) LambdaEventSerializers.serializerFor(eventClass, loader);
        }
        return JacksonFactory.getInstance().getSerializer(type);
    }

    /** The two type arguments of the {@link RequestHandler} the class implements (directly or through a superclass). */
    private static Type[] requestHandlerTypes(Class<?> type) {
        for (Class<?> current = type; current != null; current = current.getSuperclass()) {
            for (Type implemented : current.getGenericInterfaces()) {
                if (implemented instanceof ParameterizedType parameterized
                        && parameterized.getRawType() == RequestHandler.class) {
                    return parameterized.getActualTypeArguments();
                }
            }
        }
        throw new IllegalArgumentException(type.getName() + " does not implement RequestHandler<I, O> with concrete types");
    }

    private static boolean isVoid(Type type) {
        return type == Void.class || type == void.class;
    }

    private static long millis(long nanos) {
        return Duration.ofNanos(nanos).toMillis();
    }
}
