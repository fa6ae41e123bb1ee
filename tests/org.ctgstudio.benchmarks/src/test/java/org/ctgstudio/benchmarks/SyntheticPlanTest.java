package org.ctgstudio.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.junit.jupiter.api.Test;

/** The synthetic Plan d'actions has the promised numbers of nodes and edges (checked in the normal build). */
class SyntheticPlanTest {

    @Test
    void thousandNodesAndFifteenHundredEdges() {
        GlobalTerritorialAgreement ctg = SyntheticPlan.generate(1000);
        int objectives = ctg.getAxes().stream().mapToInt(a -> a.getObjectives().size()).sum();
        int indicators = ctg.getActions().stream().mapToInt(a -> a.getIndicators().size()).sum();
        int links = ctg.getActions().stream().mapToInt(a -> a.getObjectives().size()).sum();
        assertEquals(1000, ctg.getAxes().size() + objectives + ctg.getActions().size() + indicators);
        assertEquals(1500, objectives + links + indicators);
    }
}
