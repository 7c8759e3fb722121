package id.netra.sanction;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import id.netra.devstack.test.PostgresTestResource;

/** Reads what the service stored, for assertions that the API does not show (outbox rows, flags). */
public final class Database {

    private Database() {
    }

    public static long count(String sql, Object... parameters) {
        try (Connection connection = PostgresTestResource.connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The CloudEvents types of the case's outbox rows, in the order they were recorded. */
    public static List<String> eventTypes(String caseNumber) {
        try (Connection connection = PostgresTestResource.connect();
                PreparedStatement statement = connection
                        .prepareStatement("SELECT type FROM outbox_event WHERE subject = ? ORDER BY seq")) {
            statement.setString(1, caseNumber);
            List<String> types = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    types.add(result.getString(1));
                }
            }
            return types;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
