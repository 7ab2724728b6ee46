package vn.hanoi.danvan.api.tenancy;

/** The door on a pool of two connections straight to PostgreSQL. */
class UnitDoorTest extends UnitDoorContract {

    @Override
    String doorUrl() {
        return databaseUrl();
    }

    @Override
    int poolSize() {
        return SERVER_CONNECTIONS;
    }
}
