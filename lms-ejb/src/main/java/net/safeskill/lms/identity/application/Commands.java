package net.safeskill.lms.identity.application;

import java.io.Serializable;
import java.time.LocalDate;

/** Input DTOs of the identity services, filled in by forms. */
public final class Commands {

    private Commands() {
    }

    public record NewOrganisation(String name, String type, String creditCode, String region, String industry,
                                  String address, String contactPhone) implements Serializable {
    }

    /** A staff account in an organisation; if the person already has an account, it gains the role. */
    public record NewStaffAccount(String organisationPublicId, String role, String fullName, String residentId,
                                  String mobile, String username) implements Serializable {
    }

    public record NewEmployee(String fullName, String residentId, String mobile, String post, String postCategory,
                              String employmentType, LocalDate startDate, LocalDate endDate) implements Serializable {
    }

    /** What a page shows after creating or linking an account: the one-time password only for a new account. */
    public record AccountCreated(String username, String initialPassword, boolean newAccount) implements Serializable {
    }
}
