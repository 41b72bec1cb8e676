# Build targets for `sam build` (BuildMethod: makefile). SAM runs `make build-<LogicalId>` with ARTIFACTS_DIR set;
# each target builds the multi-module project with the Maven Wrapper and puts that function's jar in lib/, where
# the Java runtime puts it on the classpath.
MVNW := ./mvnw -q -B
JAR_DIR := onboarding-lambdas/target

.PHONY: lambdas build-DocumentLambdaFunction build-SubmitLicenseLambdaFunction build-ValidateLicenseLambdaFunction

lambdas:
	$(MVNW) package -DskipTests -pl onboarding-lambdas -am

build-DocumentLambdaFunction: lambdas
	mkdir -p "$(ARTIFACTS_DIR)/lib"
	cp $(JAR_DIR)/onboarding-lambdas-*-document.jar "$(ARTIFACTS_DIR)/lib/"

build-SubmitLicenseLambdaFunction: lambdas
	mkdir -p "$(ARTIFACTS_DIR)/lib"
	cp $(JAR_DIR)/onboarding-lambdas-*-submit-license.jar "$(ARTIFACTS_DIR)/lib/"

build-ValidateLicenseLambdaFunction: lambdas
	mkdir -p "$(ARTIFACTS_DIR)/lib"
	cp $(JAR_DIR)/onboarding-lambdas-*-validate-license.jar "$(ARTIFACTS_DIR)/lib/"
