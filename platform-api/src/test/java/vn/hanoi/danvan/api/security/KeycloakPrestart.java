package vn.hanoi.danvan.api.security;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Starts Keycloak in the background when a test run includes a test tagged {@code keycloak}, so
 * its half-minute start overlaps the tests before it; stops it when the run ends.
 */
public class KeycloakPrestart implements TestExecutionListener {

    public static final String TAG = "keycloak";

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        boolean wanted = plan.getRoots().stream()
                .flatMap(root -> plan.getDescendants(root).stream())
                .anyMatch(test ->
                        test.getTags().stream().anyMatch(tag -> tag.getName().equals(TAG)));
        if (wanted) {
            TestKeycloak.startInBackground();
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        TestKeycloak.stop();
    }
}
