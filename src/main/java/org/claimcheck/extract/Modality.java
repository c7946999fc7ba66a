package org.claimcheck.extract;

/** Whether a figure is reported as fact or as a projection ("is expected to reach", "could", "may"). */
public enum Modality {
    FACT, PROJECTION
}
