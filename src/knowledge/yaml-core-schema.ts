import { FAILSAFE_SCHEMA, Type } from 'js-yaml';

// js-yaml's own CORE_SCHEMA resolves a few plain scalars differently from the `yaml` package's YAML 1.2 core schema,
// which the error path (and so every line number) uses: `+0x10`, `-0x10` and `0b101` become numbers, `+.5` and `-.5`
// stay strings, `1e400` stays a string. A pack that validates must mean the same on both paths, so these types copy
// `yaml`'s core tests and conversions exactly (yaml/dist/schema/core/*.js). No timestamps and no `<<` merge keys:
// YAML 1.2 core has neither, so dates stay strings and `<<` is an ordinary (and so unknown, rejected) key.

const INT_DEC = /^[-+]?[0-9]+$/;
const INT_OCT = /^0o[0-7]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_SPECIAL = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

// Every plain scalar, keys included, is offered to each type: the first character rules most out before any pattern
// runs (a hundred packs' YAML is read at every start).
function startsWithOneOf(data: string, characters: string): boolean {
  return data.length > 0 && characters.includes(data[0]);
}

const nullType = new Type('tag:yaml.org,2002:null', {
  kind: 'scalar',
  resolve: (data: string) => (data === '' || startsWithOneOf(data, '~nN')) && /^(?:~|[Nn]ull|NULL)?$/.test(data),
  construct: () => null,
});

const boolType = new Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: (data: string) => startsWithOneOf(data, 'tTfF') && /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(data),
  construct: (data: string) => data[0] === 't' || data[0] === 'T',
});

// js-yaml keeps one type per tag, so the three integer forms share one type (the patterns never overlap).
const intType = new Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (data: string) =>
    startsWithOneOf(data, '+-0123456789') && (INT_DEC.test(data) || INT_OCT.test(data) || INT_HEX.test(data)),
  construct: (data: string) =>
    INT_OCT.test(data)
      ? Number.parseInt(data.substring(2), 8)
      : INT_HEX.test(data)
        ? Number.parseInt(data.substring(2), 16)
        : Number.parseInt(data, 10),
});

const floatType = new Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (data: string) =>
    startsWithOneOf(data, '+-.0123456789') && (FLOAT_SPECIAL.test(data) || FLOAT_EXP.test(data) || FLOAT.test(data)),
  construct: (data: string) => {
    if (!FLOAT_SPECIAL.test(data)) return Number.parseFloat(data);
    if (data.slice(-3).toLowerCase() === 'nan') return Number.NaN;
    return data[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  },
});

/** The `yaml` package's default YAML 1.2 core schema, for js-yaml. */
export const YAML_CORE_SCHEMA = FAILSAFE_SCHEMA.extend({ implicit: [nullType, boolType, intType, floatType] });
