package vn.hanoi.danvan.admin;

/** Turns an exception chain into one line fit for a registry column or a CLI's last words. */
final class Failures {

    private Failures() {}

    static String oneLine(Throwable failure) {
        StringBuilder line = new StringBuilder();
        for (Throwable t = failure; t != null && line.length() < 600; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && !line.toString().contains(message.strip())) {
                if (!line.isEmpty()) {
                    line.append(" <- ");
                }
                line.append(message.strip());
            }
            if (t.getCause() == t) {
                break;
            }
        }
        String text = line.isEmpty() ? failure.getClass().getSimpleName() : line.toString();
        text = text.replaceAll("\\s+", " ");
        return text.length() > 600 ? text.substring(0, 600) : text;
    }
}
