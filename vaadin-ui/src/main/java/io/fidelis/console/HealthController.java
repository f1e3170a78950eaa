package io.fidelis.console;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Unauthenticated liveness probe for the launcher and tests: answers once the console serves. */
@RestController
public class HealthController {

    public static final String PATH = "/healthz";

    @GetMapping(PATH)
    public String health() {
        return "ok";
    }
}
