// Return "minimum", "maximum", "saddle" or "degenerate" from the eigenvalues of the symmetric matrix H.
String classify(double[][] H) {
    // your code here
    return "minimum";
}
