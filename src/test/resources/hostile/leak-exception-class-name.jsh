// Choose the exception class from the input, so its name encodes a digit of the input
class LeakDigit0 extends RuntimeException { }
class LeakDigit1 extends RuntimeException { }
class LeakDigit2 extends RuntimeException { }
class LeakDigit3 extends RuntimeException { }
class LeakDigit4 extends RuntimeException { }
class LeakDigit5 extends RuntimeException { }
class LeakDigit6 extends RuntimeException { }
class LeakDigit7 extends RuntimeException { }
class LeakDigit8 extends RuntimeException { }
class LeakDigit9 extends RuntimeException { }
double[][] softmaxJacobian(double[] z) {
    int d = (int) Math.abs(Math.floor(z[0] * 10)) % 10;
    switch (d) {
        case 0: throw new LeakDigit0();
        case 1: throw new LeakDigit1();
        case 2: throw new LeakDigit2();
        case 3: throw new LeakDigit3();
        case 4: throw new LeakDigit4();
        case 5: throw new LeakDigit5();
        case 6: throw new LeakDigit6();
        case 7: throw new LeakDigit7();
        case 8: throw new LeakDigit8();
        default: throw new LeakDigit9();
    }
}
