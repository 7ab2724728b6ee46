package vn.hanoi.danvan.api.receptions;

import java.util.ArrayList;
import java.util.List;
import vn.hanoi.danvan.api.graphql.ApiException;
import vn.hanoi.danvan.api.petitions.PetitionsFromReception.Person;
import vn.hanoi.danvan.api.receptions.ReceptionInputs.VisitorInput;
import vn.hanoi.danvan.api.security.NationalIds;

/** The people of an entry as typed in: checked, then stored with the national ID encrypted. */
final class Visitors {

    private Visitors() {}

    static List<Person> check(List<VisitorInput> given, Integer groupSize) {
        List<VisitorInput> visitors = given == null ? List.of() : given;
        if (visitors.isEmpty() || visitors.size() > 100) {
            throw ApiException.badInput("input.visitors", "Name between 1 and 100 visitors.");
        }
        if (groupSize != null && groupSize < 1) {
            throw ApiException.badInput("input.groupSize", "A group has at least one person.");
        }
        int count = Math.max(visitors.size(), groupSize == null ? 0 : groupSize);
        long representatives = visitors.stream()
                .filter(v -> Boolean.TRUE.equals(v.representative()))
                .count();
        if (count >= ReceptionRegister.GROUP_SIZE
                && (representatives < 1 || representatives > ReceptionRegister.MAX_REPRESENTATIVES)) {
            throw ApiException.badInput(
                    "input.visitors",
                    "A group of five or more chooses one to five representatives (Law on Citizen Reception, art. 29).");
        }
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < visitors.size(); i++) {
            VisitorInput v = visitors.get(i);
            String field = "input.visitors[" + i + "]";
            String nationalId = Texts.optional(field + ".nationalId", v.nationalId(), 20);
            if (nationalId != null && !NationalIds.isValid(nationalId)) {
                // The number itself is not repeated in the message: errors are logged.
                throw ApiException.badInput(
                        field + ".nationalId", "A national ID number has 12 digits (or 9 for old ones).");
            }
            people.add(new Person(
                    Texts.required(field + ".fullName", v.fullName(), 200),
                    Texts.optional(field + ".address", v.address(), 500),
                    Texts.optional(field + ".phone", v.phone(), 30),
                    nationalId,
                    Boolean.TRUE.equals(v.representative())));
        }
        return people;
    }

    static List<Visitor> rows(long entryId, List<Person> people, NationalIds nationalIds) {
        List<Visitor> rows = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            Person p = people.get(i);
            rows.add(new Visitor(
                    entryId,
                    i,
                    p.representative(),
                    p.fullName(),
                    p.address(),
                    p.phone(),
                    p.nationalId() == null ? null : nationalIds.encrypt(p.nationalId()),
                    p.nationalId() == null ? null : nationalIds.hash(p.nationalId())));
        }
        return rows;
    }
}
