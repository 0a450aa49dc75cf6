/**
 * Service mode ({@code --mode=service}): the jar stays up, runs a consolidation on the configured
 * cron schedule, and on demand through a small HTTP endpoint on the local machine.
 */
package jp.reform.survey.service;
