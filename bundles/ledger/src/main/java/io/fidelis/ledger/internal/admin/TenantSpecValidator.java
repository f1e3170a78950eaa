package io.fidelis.ledger.internal.admin;

import io.fidelis.api.program.InvalidConfigException;
import io.fidelis.api.program.ProgramConfig;
import io.fidelis.api.program.ProgramType;
import io.fidelis.ledger.api.FieldError;
import io.fidelis.ledger.api.InvalidRequestException;
import io.fidelis.ledger.api.TenantSpec;
import io.fidelis.ledger.internal.program.ProgramTypeRegistry;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

final class TenantSpecValidator {

    private static final Pattern TENANT_ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");
    private static final Pattern USERNAME = Pattern.compile("[^\\s]{1,255}");
    static final List<String> TENANT_ROLES = List.of("merchant-admin", "merchant-staff", "partner");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    private TenantSpecValidator() {
    }

    static void validate(String tenantId, TenantSpec spec, ProgramTypeRegistry types) {
        List<FieldError> errors = new ArrayList<>();
        if (tenantId == null || !TENANT_ID.matcher(tenantId).matches()) {
            errors.add(new FieldError("tenantId", "must be 2 to 63 lower-case letters, digits or dashes"));
        }
        if (spec == null) {
            throw new InvalidRequestException("body", "is required");
        }
        if (spec.name() == null || spec.name().isBlank() || spec.name().length() > 200) {
            errors.add(new FieldError("name", "is required (at most 200 characters)"));
        }
        if (spec.currency() == null || !isCurrency(spec.currency())) {
            errors.add(new FieldError("currency", "must be an ISO 4217 code such as EUR"));
        }
        if (spec.timezone() == null || !isZone(spec.timezone())) {
            errors.add(new FieldError("timezone", "must be a time zone such as Europe/Paris"));
        }
        if (spec.dayCutoffHour() == null || spec.dayCutoffHour() < 0 || spec.dayCutoffHour() > 23) {
            errors.add(new FieldError("dayCutoffHour", "must be an hour from 0 to 23"));
        }
        items(errors, "stores", spec.stores());
        items(errors, "staff", spec.staff());
        programs(errors, spec.programs(), types);
        members(errors, spec.members());
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    private static void items(List<FieldError> errors, String field, List<TenantSpec.Item> items) {
        if (items == null) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            TenantSpec.Item item = items.get(i);
            if (item == null || item.code() == null || !CODE.matcher(item.code()).matches()) {
                errors.add(new FieldError(field + "[" + i + "].code", "must be 1 to 64 letters, digits or . _ : - characters"));
            } else if (item.name() == null || item.name().isBlank()) {
                errors.add(new FieldError(field + "[" + i + "].name", "is required"));
            }
        }
    }

    private static void programs(List<FieldError> errors, List<TenantSpec.ProgramSpec> programs, ProgramTypeRegistry types) {
        if (programs == null) {
            return;
        }
        for (int i = 0; i < programs.size(); i++) {
            String at = "programs[" + i + "]";
            TenantSpec.ProgramSpec program = programs.get(i);
            if (program == null || program.id() == null || !CODE.matcher(program.id()).matches()) {
                errors.add(new FieldError(at + ".id", "must be 1 to 64 letters, digits or . _ : - characters"));
                continue;
            }
            if (program.name() == null || program.name().isBlank()) {
                errors.add(new FieldError(at + ".name", "is required"));
            }
            Optional<ProgramType> type = program.type() == null ? Optional.empty() : types.find(program.type());
            if (type.isEmpty()) {
                errors.add(new FieldError(at + ".type", "is not an installed program type"));
                continue;
            }
            try {
                type.get().validate(new ProgramConfig(program.config() == null ? Map.of() : program.config()));
            } catch (InvalidConfigException e) {
                errors.add(new FieldError(at + ".config." + e.field(), e.getMessage().substring(e.field().length()).trim()));
            }
        }
    }

    private static void members(List<FieldError> errors, List<TenantSpec.RoleGrant> members) {
        if (members == null) {
            return;
        }
        for (int i = 0; i < members.size(); i++) {
            TenantSpec.RoleGrant grant = members.get(i);
            String at = "members[" + i + "]";
            if (grant == null || grant.username() == null || !USERNAME.matcher(grant.username()).matches()) {
                errors.add(new FieldError(at + ".username", "must be a Keycloak username (1 to 255 characters, no spaces)"));
                continue;
            }
            if (grant.roles() == null || grant.roles().isEmpty()) {
                errors.add(new FieldError(at + ".roles", "must name at least one role"));
                continue;
            }
            for (int r = 0; r < grant.roles().size(); r++) {
                if (!TENANT_ROLES.contains(grant.roles().get(r))) {
                    errors.add(new FieldError(at + ".roles[" + r + "]", "must be one of " + TENANT_ROLES));
                }
            }
        }
    }

    private static boolean isCurrency(String code) {
        try {
            return Currency.getInstance(code).getCurrencyCode().equals(code);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isZone(String zone) {
        try {
            ZoneId.of(zone);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
