// exp, log and pow computed with + − × ÷ only, so every JavaScript engine gets the same bits.
// ECMAScript leaves Math.exp, Math.pow and the other transcendental functions "implementation-
// approximated": Chrome, Safari and Firefox may differ in the last bit, and one bit is enough for
// a replayed game to drift. The four basic operations (and Math.sqrt) are exactly rounded IEEE 754
// everywhere and JavaScript never fuses a multiply with an add, so a fixed sequence of them is
// deterministic. The methods are the classic ones of Sun's freely distributable libm (argument
// reduction by ln 2 in two parts, then a fixed rational or polynomial approximation on a small
// interval): errors stay under one unit in the last place. A unit test keeps the rest of src/sim
// off Math's transcendental functions.

/** ln 2 split so that k·LN2_HI is exact for |k| < 2^11; LN2_LO holds the rest. */
const LN2_HI = 6.93147180369123816490e-1;
const LN2_LO = 1.90821492927058770002e-10;
const INV_LN2 = 1.44269504088896338700;

/** Coefficients of the rational approximation of exp on [−ln2/2, ln2/2]. */
const P1 = 1.66666666666666019037e-1;
const P2 = -2.77777777770155933842e-3;
const P3 = 6.61375632143793436117e-5;
const P4 = -1.65339022054652515390e-6;
const P5 = 4.13813679705723846039e-8;

/** Coefficients of the approximation of log(1 + f) on [√2/2 − 1, √2 − 1]. */
const LG1 = 6.666666666666735130e-1;
const LG2 = 3.999999999940941908e-1;
const LG3 = 2.857142874366239149e-1;
const LG4 = 2.222219843214978396e-1;
const LG5 = 1.818357216161805012e-1;
const LG6 = 1.531383769920937332e-1;
const LG7 = 1.479819860511658591e-1;

/** Above this exp overflows; below EXP_UNDER it is 0. */
const EXP_OVER = 7.09782712893383973096e2;
const EXP_UNDER = -7.45133219101941108420e2;

/** Eight bytes for reading and writing a double's bits (big-endian, explicitly, on every platform). */
const bits = new DataView(new ArrayBuffer(8));

/** 2^k for a whole k in [−1022, 1023], built from its bits (exact). */
function twoTo(k: number): number {
  bits.setUint32(0, (k + 1023) << 20);
  bits.setUint32(4, 0);
  return bits.getFloat64(0);
}

/** 2^k for k in [−1022, 1023] at index k + 1022, built once (exact), so exp scales by a lookup. */
const POW2 = Float64Array.from({ length: 2046 }, (_, i) => twoTo(i - 1022));

/** y·2^k, exactly as far as the result is representable. */
function scale(y: number, k: number): number {
  if (k > 1023) return y * 2 * twoTo(k - 1);
  if (k >= -1021) return y * POW2[k + 1022]!;
  return y * POW2[k + 2022]! * POW2[22]!;
}

/** e^x, within one unit in the last place, the same on every engine. */
export function exp(x: number): number {
  if (x !== x) return x;
  if (x > EXP_OVER) return Infinity;
  if (x < EXP_UNDER) return 0;
  const ax = x < 0 ? -x : x;
  if (ax < 3.725290298461914e-9) return 1 + x; // |x| < 2^−28: e^x rounds to 1 + x
  let k = 0;
  let hi = x;
  let lo = 0;
  if (ax > 3.46573590279972654709e-1) {
    // x = k·ln2 + r with |r| ≤ ln2/2; k·LN2_HI is exact, so hi − lo carries r to full precision.
    k = ax < 1.03972077083991796413 ? (x < 0 ? -1 : 1) : Math.trunc(INV_LN2 * x + (x < 0 ? -0.5 : 0.5));
    hi = x - k * LN2_HI;
    lo = k * LN2_LO;
  }
  const r = hi - lo;
  const t = r * r;
  const c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  if (k === 0) return 1 - ((r * c) / (c - 2) - r);
  return scale(1 - ((lo - (r * c) / (2 - c)) - hi), k);
}

/** The natural logarithm, within one unit in the last place, the same on every engine. */
export function log(x: number): number {
  if (x !== x || x < 0) return Number.NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return x;
  let k = 0;
  if (x < 2.2250738585072014e-308) {
    x *= 18014398509481984; // 2^54: a subnormal becomes normal
    k = -54;
  }
  bits.setFloat64(0, x);
  let hx = bits.getUint32(0);
  k += (hx >>> 20) - 1023;
  hx &= 0x000fffff;
  // Choose the exponent so that the mantissa m lies in [√2/2, √2): then x = 2^k·m, m = 1 + f.
  const i = (hx + 0x95f64) & 0x100000;
  bits.setUint32(0, hx | (i ^ 0x3ff00000));
  k += i >>> 20;
  const f = bits.getFloat64(0) - 1;
  const s = f / (2 + f);
  const z = s * s;
  const w = z * z;
  const r = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7))) + w * (LG2 + w * (LG4 + w * LG6));
  const hfsq = 0.5 * f * f;
  if (k === 0) return f - (hfsq - s * (hfsq + r));
  return k * LN2_HI - ((hfsq - (s * (hfsq + r) + k * LN2_LO)) - f);
}

/** x^n for a whole n by repeated squaring (each step exactly rounded). */
function powInt(x: number, n: number): number {
  let base = n < 0 ? 1 / x : x;
  let m = n < 0 ? -n : n;
  let out = 1;
  while (m > 0) {
    if (m & 1) out *= base;
    base *= base;
    m >>>= 1;
  }
  return out;
}

/**
 * x^y, the same on every engine: exact for y = 0 or 1, √x for y = ½, repeated squaring for whole
 * y up to 64 in size, else e^(y·ln x) (relative error about |y·ln x| units in the last place,
 * far below anything the game can show). A negative x with a fractional y gives NaN, as Math.pow.
 */
export function pow(x: number, y: number): number {
  if (y === 0) return 1;
  if (x !== x || y !== y) return Number.NaN;
  if (y === 1) return x;
  if (y === 0.5 && x >= 0 && x !== Infinity) return Math.sqrt(x) + 0; // + 0 turns −0 into 0, as Math.pow does
  const whole = Number.isInteger(y);
  if (whole && y >= -64 && y <= 64) return powInt(x, y);
  if (x === 1) return 1;
  if (x === 0) return y > 0 ? 0 : Infinity;
  if (x < 0) {
    if (!whole) return Number.NaN;
    const odd = y % 2 !== 0;
    const p = pow(-x, y);
    return odd ? -p : p;
  }
  if (x === Infinity) return y > 0 ? Infinity : 0;
  return exp(y * log(x));
}

/** √(a² + b²) with the exactly rounded square root (Math.hypot's rounding is engine-dependent). */
export function hypot(a: number, b: number): number {
  return Math.sqrt(a * a + b * b);
}
