package vn.hanoi.danvan.api;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestComponent;

/**
 * Counts the SQL statements the application prepares, so a test can show that a request's
 * statement count does not grow with the size of what it returns.
 */
@TestComponent
public class StatementCounter implements BeanPostProcessor {

    private static final AtomicLong STATEMENTS = new AtomicLong();

    public static long count() {
        return STATEMENTS.get();
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(Proxy.isProxyClass(bean.getClass()))) {
            return proxy(DataSource.class, dataSource, "getConnection", true);
        }
        return bean;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, String wrapMethod, boolean wrapConnections) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
            if (method.getName().equals("prepareStatement") || method.getName().equals("createStatement")) {
                STATEMENTS.incrementAndGet();
            }
            if (method.getName().equals("unwrap") && args != null && args[0] == type) {
                return self;
            }
            try {
                Object result = method.invoke(target, args);
                if (wrapConnections && method.getName().equals(wrapMethod) && result instanceof Connection c) {
                    return proxy(Connection.class, c, "", false);
                }
                return result;
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }
}
