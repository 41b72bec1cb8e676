# Build targets for `sam build` (BuildMethod: makefile). SAM runs `make build-<LogicalId>` with ARTIFACTS_DIR set;
# each target builds the multi-module project with the Maven Wrapper and puts that function's jar in lib/, where
# the Java runtime puts it on the classpath.
MVNW := ./mvnw -q -B
JAR_DIR := onboarding-lambdas/target

.PHONY: lambdas build-DocumentLambdaFunction build-SubmitLicenseLambdaFunction build-ValidateLicenseLambdaFunction \
	build-StartApplicationFunction build-ReceivePackageFunction build-CheckFaceFunction build-CheckDetailsFunction \
	build-DecideFunction build-RecordFailureFunction build-ApplicationApiFunction

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

# the application workflow (Orchestration=StateMachine): the rule's target and the state machine's Lambda tasks
build-StartApplicationFunction: lambdas
	mkdir -p "$(ARTIFACTS_DIR)/lib"
	cp $(JAR_DIR)/onboarding-lambdas-*-start-application.jar "$(ARTIFACTS_DIR)/lib/"

build-ReceivePackageFunction: lambdas
	mkdir -p "$(ARTIFACTS_DIR)/lib"
	cp $(JAR_DIR)/onboarding-lambdas-*-receive-package.jar "$(ARTIFACTS_DIR)/lib/"

build-CheckFaceFunction: lambdas
	mkdir -p "$(ARTIFACTS_DIR)/lib"
	cp $(JAR_DIR)/onboarding-lambdas-*-check-face.jar "$(ARTIFACTS_DIR)/lib/"

build-CheckDetailsFunction: lambdas
	mkdir -p "$(ARTIFACTS_DIR)/lib"
	cp $(JAR_DIR)/onboarding-lambdas-*-check-details.jar "$(ARTIFACTS_DIR)/lib/"

build-DecideFunction: lambdas
	mkdir -p "$(ARTIFACTS_DIR)/lib"
	cp $(JAR_DIR)/onboarding-lambdas-*-decide.jar "$(ARTIFACTS_DIR)/lib/"

build-RecordFailureFunction: lambdas
	mkdir -p "$(ARTIFACTS_DIR)/lib"
	cp $(JAR_DIR)/onboarding-lambdas-*-record-failure.jar "$(ARTIFACTS_DIR)/lib/"

# the bank's HTTP API (OnboardingApi): upload links, status, review, purge
build-ApplicationApiFunction: lambdas
	mkdir -p "$(ARTIFACTS_DIR)/lib"
	cp $(JAR_DIR)/onboarding-lambdas-*-application-api.jar "$(ARTIFACTS_DIR)/lib/"
