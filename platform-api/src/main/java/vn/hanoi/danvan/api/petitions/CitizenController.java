package vn.hanoi.danvan.api.petitions;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** What a citizen may do without signing in: look up a petition's status, rate the answer. */
@Controller
class CitizenController {

    private final CitizenDesk desk;

    CitizenController(CitizenDesk desk) {
        this.desk = desk;
    }

    @QueryMapping
    PetitionStatus petitionStatus(@Argument String trackingCode) {
        return desk.status(trackingCode).orElse(null);
    }

    @MutationMapping
    PetitionStatus ratePetition(@Argument String trackingCode, @Argument String secret, @Argument int score) {
        return desk.rate(trackingCode, secret, score);
    }
}
