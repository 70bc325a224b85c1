package net.safeskill.lms.identity.domain.model.organisation;

/**
 * Region profile (地区): rules such as the share of key-post staff through upgrade training differ by city
 * (Suzhou 15%, Yiyang 10%), so every organisation belongs to one. Codes are GB/T 2260 prefecture codes.
 */
public enum Region {
    /** 苏州市 */
    SUZHOU("320500"),
    /** 益阳市 */
    YIYANG("430900");

    private final String divisionCode;

    Region(String divisionCode) {
        this.divisionCode = divisionCode;
    }

    public String divisionCode() {
        return divisionCode;
    }
}
