-- Run once by the postgres:18 image on its first start (empty volume), as in the devstack's PostgresServer:
-- one role for the services and one database per service, owned by it. Demo password: local run only.
CREATE ROLE netra LOGIN PASSWORD 'netra';
CREATE DATABASE intake OWNER netra;
CREATE DATABASE clarification OWNER netra;
CREATE DATABASE sanction OWNER netra;
CREATE DATABASE integration OWNER netra;
