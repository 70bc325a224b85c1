package net.safeskill.lms.bank.application;

import net.safeskill.lms.bank.domain.model.transfer.AikenFormat;
import net.safeskill.lms.bank.domain.model.transfer.ExcelFormat;
import net.safeskill.lms.bank.domain.model.transfer.GiftFormat;
import net.safeskill.lms.bank.domain.model.transfer.MoodleXmlFormat;
import net.safeskill.lms.bank.domain.model.transfer.QuestionFormat;

/** The exchange formats the bank imports and exports (E2), with what a download needs. */
public enum BankFormat {
    /** the platform's Excel template */
    EXCEL("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", true),
    /** Moodle XML, with the platform's tags for knowledge points, difficulty, industry and operation item */
    MOODLE_XML("xml", "application/xml", true),
    /** GIFT: no knowledge points, difficulty, industry or operation item */
    GIFT("gift.txt", "text/plain;charset=UTF-8", false),
    /** Aiken: single choice only, nothing but stem, options and answer */
    AIKEN("aiken.txt", "text/plain;charset=UTF-8", false);

    private final String extension;
    private final String mediaType;
    private final boolean carriesDifficulty;

    BankFormat(String extension, String mediaType, boolean carriesDifficulty) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.carriesDifficulty = carriesDifficulty;
    }

    public QuestionFormat format() {
        return switch (this) {
            case EXCEL -> new ExcelFormat();
            case MOODLE_XML -> new MoodleXmlFormat();
            case GIFT -> new GiftFormat();
            case AIKEN -> new AikenFormat();
        };
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** @return whether the files say each question's difficulty; otherwise the import's default difficulty applies */
    public boolean carriesDifficulty() {
        return carriesDifficulty;
    }
}
