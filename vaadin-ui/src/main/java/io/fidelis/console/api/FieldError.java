package io.fidelis.console.api;

/** One wrong field of a refused request, as the problem document names it (e.g. {@code config.stampsPerReward}). */
public record FieldError(String field, String message) {
}
