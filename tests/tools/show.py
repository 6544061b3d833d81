import json, sys
for p in sys.argv[1:]:
    c = json.load(open(p))
    print(f"== {p.split('/')[-2]}/{p.split('/')[-1]} kind={c['pageKind']} warn={c['warnings']}")
    for x in c['claims']:
        pt = x['patient']
        print(f"  C {x['claimNumber']} payer={x['payer']} pt={pt['name']}|{pt['memberId']}|{pt['dateOfBirth']} dos={x['serviceFrom']}..{x['serviceTo']} st={x['status']}({x['statusText']}) billed={x['billedCents']} allowed={x['allowedCents']} paid={x['paidCents']} pr={x['patientResponsibilityCents']} rcv={x['receivedDate']} proc={x['processedDate']} pay={x['paymentDate']} chk={x['checkNumber']} adj={[(a['group']+'-'+a['reason'],a['amountCents']) for a in x['adjustments']]} rarc={x['remarkCodes']} dx={x['diagnosisCodes']}")
        for l in x['lines']:
            print(f"     L {l['procedureCode']} mods={l['modifiers']} u={l['units']} d={l['serviceDate']} b={l['billedCents']} p={l['paidCents']} adj={[(a['group']+'-'+a['reason'],a['amountCents']) for a in l['adjustments']]} rarc={l['remarkCodes']}")
    for a in c['authorizations']:
        pt = a['patient']
        print(f"  A {a['authNumber']} payer={a['payer']} pt={pt['name']}|{pt['memberId']}|{pt['dateOfBirth']} st={a['status']}({a['statusText']}) codes={a['serviceCodes']} {a['startDate']}..{a['endDate']} appr={a['unitsApproved']} used={a['unitsUsed']} rem={a['unitsRemaining']} type={a['unitType']}")
