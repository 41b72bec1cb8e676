package io.onboarding.adapters.aws.s3.violation;

/** Breaks the configuration and DI rules on purpose, so ArchitectureTest can prove they fail. */
final class EnvironmentReadingAdapter {
    @javax.inject.Inject
    EnvironmentReadingAdapter() {
    }

    String bucket() {
        return System.getenv("DOCUMENT_BUCKET");
    }
}
