package no.timebok.ear.bench;

import java.time.Duration;

/**
 * CPU time that server JVMs spent while they did a counted amount of work (requests served, SMS
 * sent), for sizing: what one unit of work costs a node, and how that compares with a baseline
 * measured in the same run.
 */
record CpuCost(Duration cpu, long units) {

    CpuCost {
        if (cpu.isNegative()) {
            throw new IllegalArgumentException("CPU time cannot run backwards: " + cpu);
        }
        if (units <= 0) {
            throw new IllegalArgumentException("No work was counted, so nothing can be charged to it");
        }
    }

    /** CPU milliseconds per unit of work. */
    double millisPerUnit() {
        return cpu.toNanos() / 1e6 / units;
    }

    /** How many baseline units one unit of this work costs. */
    double ratioTo(CpuCost baseline) {
        return millisPerUnit() / baseline.millisPerUnit();
    }

    /**
     * CPU milliseconds per unit once {@code otherUnits} of other work done in the same period, at
     * {@code otherCost} each, are taken out: a booking request without the relaying of the
     * confirmation SMS that went out while it was measured. Never below zero.
     */
    double millisPerUnitWithout(long otherUnits, CpuCost otherCost) {
        double rest = cpu.toNanos() / 1e6 - otherUnits * otherCost.millisPerUnit();
        return Math.max(0, rest) / units;
    }
}
