/**
 * The one schema of a stored application record: {@link io.onboarding.records.ApplicationRecordCodec} turns an
 * {@code ApplicationRecord} into named attributes with neutral values (strings, decimals, booleans, lists, maps)
 * and back. The DynamoDB adapter converts those values to and from {@code AttributeValue}s, the local record file
 * writes them as JSON: same names, same codes. Depends on the domain and the JDK only, so neither the AWS SDK nor
 * the local engines reach the other store's module.
 */
package io.onboarding.records;
