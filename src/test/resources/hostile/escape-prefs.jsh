// java.util.prefs writes to home
double[][] softmaxJacobian(double[] z) {
    try {
        java.util.prefs.Preferences.userRoot().put("k", "v");
    } catch (Exception e) {
        // ignore and return nothing useful
    }
    return null;
}
