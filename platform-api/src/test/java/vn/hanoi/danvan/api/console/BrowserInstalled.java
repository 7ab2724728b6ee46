package vn.hanoi.danvan.api.console;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Runs the browser tests only where Chromium and its driver are installed; else skips them, saying why. */
class BrowserInstalled implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return Browser.installed()
                ? ConditionEvaluationResult.enabled("Chromium is installed")
                : ConditionEvaluationResult.disabled(Browser.NOT_INSTALLED);
    }
}
