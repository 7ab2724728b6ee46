package vn.hanoi.danvan.api.petitions;

import java.util.List;

/** The petitions a registration created (one per kind) and the receipts to hand over. */
public record ReceivedPetitions(List<Petition> petitions, List<Receipt> receipts) {}
