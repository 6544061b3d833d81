// Texts that hold several facts: service-code cells, counts with units, patient cells, header lines, furniture.
import { describe, expect, it } from "vitest"
import {
  countOfTotal,
  looksLikeCode,
  parseCount,
  personFacts,
  segmentsOf,
  serviceCodesIn,
  unitTypeOf,
  withoutFurniture
} from "../../src/reader/facts"
import { authStatus } from "../../src/reader/normalise"
import { meaningOf } from "../../src/reader/vocabulary"

describe("service codes in a cell", () => {
  it.each([
    ["90837 - Psychotherapy, 60 min", ["90837"]],
    ["90791, 90837", ["90791", "90837"]],
    ["90834/90837", ["90834", "90837"]],
    ["90791 - Psychiatric diagnostic evaluation 90837 - Psychotherapy, 60 min", ["90791", "90837"]],
    ["H0015 Alcohol and/or drug services; intensive outpatient", ["H0015"]],
    ["H2019 – Therapeutic behavioral services, per 15 minutes; H2014-HO", ["H2019", "H2014"]],
    ["Rev 0912 / H0035 – Mental health partial hospitalization", ["H0035"]],
    ["Rev Code 0912 – Partial hospitalization, less intensive", []],
    ["Psychotherapy, 60 min", []],
    ["", []]
  ])("%j → %j", (text, codes) => expect(serviceCodesIn(text)).toEqual(codes))

  it("never takes a date, a member ID or a count for a code", () => {
    expect(serviceCodesIn("01/03/2026 – 06/30/2026 M00482913 12 visits")).toEqual([])
  })
})

describe("counts", () => {
  it.each([
    ["12", 12],
    ["96 Units", 96],
    ["12 visits", 12],
    ["1,200", 1200],
    ["-2", -2],
    ["--", null],
    ["01/03/2026", null],
    ["0001F", null],
    ["H0015", null],
    ["12/20", null]
  ])("%j → %j", (text, n) => expect(parseCount(text)).toBe(n))

  it("knows a procedure code when it sees one", () => {
    for (const t of ["90791", "H0015", "0001F", "90837 Psychotherapy"]) expect(looksLikeCode(t), t).toBe(true)
    for (const t of ["12", "1200", "96 Units", "2026"]) expect(looksLikeCode(t), t).toBe(false)
  })

  it("reads 'X of Y' as a count and its total", () => {
    expect(countOfTotal("11 of 20 used")).toEqual({ n: 11, of: 20, rest: " used" })
    expect(countOfTotal("3/12")).toEqual({ n: 3, of: 12, rest: "" })
    expect(countOfTotal("12")).toBeNull()
  })
})

describe("unit type from what the page says", () => {
  it.each([
    [["Visits Authorized"], "visits"],
    [["Sessions"], "visits"],
    [["Units Approved"], "units"],
    [["15 min"], "units"],
    [["Days"], "units"],
    [["96 Units", "Visits Approved"], "units"],
    [[undefined, "12 visits"], "visits"],
    [["Visits/Units"], null],
    [["Approved", "12"], null]
  ] as const)("%j → %s", (texts, type) => expect(unitTypeOf([...texts])).toBe(type))
})

describe("a cell that holds a person", () => {
  it("gives the name, date of birth and member ID separately", () => {
    expect(personFacts("RIVERA, MARIA DOB 03/14/1988 Member ID: ABC123456", false, true)).toEqual({
      lead: "RIVERA, MARIA",
      memberId: "ABC123456",
      dateOfBirth: "1988-03-14"
    })
    expect(personFacts("Brown, Elijah (DOB 06/02/2004)", false, true)).toEqual({
      lead: "Brown, Elijah",
      memberId: null,
      dateOfBirth: "2004-06-02"
    })
    expect(personFacts("Kim, Daniel DOB: 05/30/1985 · ID: U41870022 01", false, true)).toEqual({
      lead: "Kim, Daniel",
      memberId: "U41870022 01",
      dateOfBirth: "1985-05-30"
    })
  })

  it("reads an unlabelled date and ID in a name cell as the date of birth and member ID", () => {
    expect(personFacts("LOPEZ, ANA 04/19/1990 ID 1EG4-TE5-MK72", false, true)).toEqual({
      lead: "LOPEZ, ANA",
      memberId: "1EG4-TE5-MK72",
      dateOfBirth: "1990-04-19"
    })
    expect(personFacts("RIVERA, MARIA XGH884512301", false, true)).toEqual({
      lead: "RIVERA, MARIA",
      memberId: "XGH884512301",
      dateOfBirth: null
    })
  })

  it("leaves a plain name and a member-ID cell alone", () => {
    expect(personFacts("Foster, Renee", false, true)).toEqual({
      lead: "Foster, Renee",
      memberId: null,
      dateOfBirth: null
    })
    expect(personFacts("U30029981 02")).toEqual({ lead: "U30029981 02", memberId: null, dateOfBirth: null })
    expect(personFacts("XGH884512301 (DOB 03/14/1988)")).toEqual({
      lead: "XGH884512301",
      memberId: null,
      dateOfBirth: "1988-03-14"
    })
  })
})

describe("page furniture", () => {
  it("splits a header line at its separators and wide spaces", () => {
    expect(segmentsOf("Organization: Lakeside · Payer: Aetna · Showing 1-4 of 4")).toEqual([
      "Organization: Lakeside",
      "Payer: Aetna",
      "Showing 1-4 of 4"
    ])
    expect(segmentsOf("Member: GARCIA, LUIS\u2003\u2003Member ID: M00733019 | DOB: 09/22/2008")).toEqual([
      "Member: GARCIA, LUIS",
      "Member ID: M00733019",
      "DOB: 09/22/2008"
    ])
    expect(segmentsOf("Payer:\u00a0\u00a0Aetna")).toEqual(["Payer: Aetna"]) // a label keeps its value
  })

  it("cuts paging, result counts and sign-in lines off a value", () => {
    expect(withoutFurniture("Aetna Better Health Showing 1-3 of 3")).toBe("Aetna Better Health")
    expect(withoutFurniture("Blue Cross Blue Shield Page 1 of 2")).toBe("Blue Cross Blue Shield")
    expect(withoutFurniture("Lakeside Counseling Last login 11/30/2026 4:02 PM")).toBe("Lakeside Counseling")
    expect(withoutFurniture("3 results")).toBe("")
    expect(withoutFurniture("Approved")).toBe("Approved")
  })
})

describe("labels of authorizations", () => {
  it("reads codes, periods and counts by the label's nouns", () => {
    expect(meaningOf("Approved Services")).toBe("procedure")
    expect(meaningOf("Authorized Procedure(s)")).toBe("procedure")
    expect(meaningOf("Authorized Period")).toBe("authPeriod")
    expect(meaningOf("Approved Sessions")).toBe("unitsApproved")
    expect(meaningOf("Days Authorized")).toBe("unitsApproved")
    expect(meaningOf("Unit Type")).toBe("unitType")
    expect(meaningOf("Rev Code")).toBe("revenueCode")
    expect(meaningOf("Units Requested")).toBe("unitsRequested") // its unit counts, the number is never stored
    expect(meaningOf("Last Logon")).toBe("ignore")
  })

  it("reads a partial approval however the page words it", () => {
    for (const t of [
      "Approved (partial)",
      "Approved - Partial",
      "Partial Approval",
      "Partially Certified",
      "Approved in part",
      "Modified"
    ])
      expect(authStatus(t), t).toBe("partially_approved")
    expect(authStatus("Approved")).toBe("approved")
  })
})
