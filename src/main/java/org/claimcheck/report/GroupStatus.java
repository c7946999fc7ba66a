package org.claimcheck.report;

/** How the claims of a group relate; see CONTRACT.md. */
public enum GroupStatus {
    CONFLICT, EVOLVING, CONSISTENT, SINGLE_SOURCE
}
