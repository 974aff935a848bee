package org.collate.analyze.entity;

import org.collate.model.EntityKind;
import org.collate.model.Span;

import java.util.List;

/**
 * A name found in one sentence, before mentions are grouped into entities.
 *
 * @param sentence       the sentence's index
 * @param span           the name's characters, honorific included ("Mr Modi")
 * @param text           those characters
 * @param nameWords      the name's words without honorific or possessive ("Modi"; "Narendra", "Modi")
 * @param honorific      the honorific before the name, or null
 * @param role           the title or role attached ("Indian Prime Minister"), or null
 * @param roleSpan       the role's characters, or null
 * @param kind           the kind the evidence supports, or null when the name alone cannot tell
 * @param canonical      the gazetteer's canonical name when the name is a known place or organisation, else null
 * @param personEvidence whether something beside the name marks a person (honorific, title, speech verb)
 * @param lastToken      index of the name's last token in its sentence
 */
record CandidateMention(int sentence, Span span, String text, List<String> nameWords, String honorific, String role,
                        Span roleSpan, EntityKind kind, String canonical, boolean personEvidence, int lastToken) {

    /** This mention with no role: a title it carries that cannot be credited to the person it joins. */
    CandidateMention withoutRole() {
        return new CandidateMention(sentence, span, text, nameWords, honorific, null, null, kind, canonical,
                personEvidence, lastToken);
    }

    boolean singleWord() {
        return nameWords.size() == 1;
    }

    String name() {
        return String.join(" ", nameWords);
    }

    CandidateMention withKind(EntityKind newKind) {
        return new CandidateMention(sentence, span, text, nameWords, honorific, role, roleSpan, newKind, canonical,
                personEvidence, lastToken);
    }

    CandidateMention withRole(String newRole, Span newRoleSpan) {
        return new CandidateMention(sentence, span, text, nameWords, honorific, newRole, newRoleSpan, EntityKind.PERSON,
                canonical, true, lastToken);
    }
}
