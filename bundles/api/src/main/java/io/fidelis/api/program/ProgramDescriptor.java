package io.fidelis.api.program;

import java.util.List;

/** How a program type presents itself: its id, name, configuration fields and the assets it books. */
public record ProgramDescriptor(String typeId, String name, String description, List<ConfigField> fields, List<String> assets) {

    public ProgramDescriptor {
        fields = List.copyOf(fields);
        assets = List.copyOf(assets);
    }
}
