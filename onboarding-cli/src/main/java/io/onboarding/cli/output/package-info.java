/**
 * What the CLI prints: the text report and the JSON line per application, the progress bar, the end-of-run summary,
 * and an application's status (report or JSON) with its review, purge and history. Shows outcomes and reason codes,
 * never the applicant's values (unless {@code show} is explicitly asked to) nor a review's note. Depends on the
 * domain, {@code io.onboarding.cli.timing} and Jackson.
 */
package io.onboarding.cli.output;
