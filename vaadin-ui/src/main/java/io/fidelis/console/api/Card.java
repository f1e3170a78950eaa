package io.fidelis.console.api;

public record Card(String code, String status) {
}
