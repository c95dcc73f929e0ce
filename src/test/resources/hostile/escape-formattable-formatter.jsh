// String.format hands a Formattable the refused formatter, which it keeps
class Shown implements Formattable {
    Object handed;
    public void formatTo(Formatter formatter, int flags, int width, int precision) {
        handed = formatter;
    }
}
double[][] softmaxJacobian(double[] z) {
    String.format("%s", new Shown());
    return null;
}
