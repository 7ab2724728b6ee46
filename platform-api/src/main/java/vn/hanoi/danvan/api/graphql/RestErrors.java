package vn.hanoi.danvan.api.graphql;

import java.util.Map;
import org.springframework.dao.DataAccessException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.hanoi.danvan.admin.InvalidUnitException;
import vn.hanoi.danvan.admin.UnitNotFoundException;
import vn.hanoi.danvan.api.tenancy.UnitUnavailableException;

/**
 * The REST endpoints beside {@code /graphql} (files, exports) answer refusals as GraphQL does: the
 * same codes, in the same {@code errors[].extensions.code} shape, with the status of
 * {@link ErrorCode#httpStatus()}. A statement the request timeout cancelled is TIMEOUT (503), not
 * a server error.
 */
@RestControllerAdvice(annotations = RestController.class)
class RestErrors {

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Map<String, Object>> refused(ApiException e) {
        return e.toResponse();
    }

    @ExceptionHandler(InvalidUnitException.class)
    ResponseEntity<Map<String, Object>> invalidUnit(InvalidUnitException e) {
        return new ApiException(ErrorCode.BAD_USER_INPUT, e.getMessage()).toResponse();
    }

    @ExceptionHandler(UnitNotFoundException.class)
    ResponseEntity<Map<String, Object>> unitNotFound(UnitNotFoundException e) {
        return ApiException.notFound(e.getMessage()).toResponse();
    }

    @ExceptionHandler(UnitUnavailableException.class)
    ResponseEntity<Map<String, Object>> unitUnavailable(UnitUnavailableException e) {
        return ApiException.forbidden(e.getMessage()).toResponse();
    }

    /** Cancelled by the request timeout: TIMEOUT; anything else from the database stays a 500. */
    @ExceptionHandler(DataAccessException.class)
    ResponseEntity<Map<String, Object>> database(DataAccessException e) throws DataAccessException {
        if (ErrorResolver.cancelled(e)) {
            return ApiException.timedOut().toResponse();
        }
        throw e;
    }
}
