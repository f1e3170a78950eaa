package io.fidelis.security;

import static org.junit.Assert.assertEquals;

import java.util.Set;
import org.junit.Test;

public class TenantRolesTest {

    private static Caller person(String tenant, Role... realmRoles) {
        return new Caller("sub", "ann", tenant, Set.of(realmRoles), "fidelis-console", null, null);
    }

    @Test
    public void aPersonsMerchantRolesComeFromTheTenantNotFromTheToken() {
        Caller caller = TenantRoles.apply(person("bar", Role.MERCHANT_ADMIN), Set.of("merchant-staff"));

        assertEquals(Set.of(Role.MERCHANT_STAFF), caller.roles());
    }

    @Test
    public void aMerchantAdminRealmRoleGivesNothingInATenantThatDidNotGrantIt() {
        assertEquals(Set.of(), TenantRoles.apply(person("gym", Role.MERCHANT_ADMIN), Set.of()).roles());
    }

    @Test
    public void supportAndPartnerRealmRolesAreKept() {
        assertEquals(Set.of(Role.SUPPORT), TenantRoles.apply(person(null, Role.SUPPORT, Role.MERCHANT_ADMIN), Set.of()).roles());
        assertEquals(Set.of(Role.PARTNER), TenantRoles.apply(person("bar", Role.PARTNER), Set.of()).roles());
    }

    @Test
    public void withoutATenantNoMerchantRoleIsGranted() {
        assertEquals(Set.of(), TenantRoles.apply(person(null, Role.MERCHANT_STAFF), Set.of("merchant-admin")).roles());
    }

    @Test
    public void aTillKeepsItsRoleAndGetsNoPersonRoles() {
        Caller till = new Caller("sa", "service-account-till-bar-main-1", "bar", Set.of(Role.TILL), "till-bar-main-1", "main", "main-1");

        assertEquals(Set.of(Role.TILL), TenantRoles.apply(till, Set.of("merchant-admin")).roles());
    }

    @Test
    public void unknownRoleNamesInTheTableAreIgnored() {
        assertEquals(Set.of(Role.MERCHANT_ADMIN), TenantRoles.apply(person("bar"), Set.of("merchant-admin", "owner")).roles());
    }
}
