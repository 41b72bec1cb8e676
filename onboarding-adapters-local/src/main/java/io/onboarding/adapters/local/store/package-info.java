/**
 * The work directory as the deployment's bucket and table: {@code FileDocumentStore} keeps packages and accepted
 * files in the S3 bucket's layout and lends their bytes to the offline engines ({@code DocumentBytes});
 * {@code FileApplicationRepository} keeps one record file per application. Depends on the domain, the record
 * codec ({@code io.onboarding.records}), Jackson and the JDK.
 */
package io.onboarding.adapters.local.store;
