/**
 * The API's request and response types, generated from its OpenAPI document.
 * Do not edit: run `npm run api:types` after changing a route's schemas.
 */

export interface paths {
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Status of the database and the Temporal server, with their versions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Everything is up */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Health"];
                    };
                };
                /** @description A dependency is down; the body says which */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Health"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the first-run setup (creating the administrator) is still open */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Setup state */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            needed: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create the first administrator; refused once any user exists */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        displayName: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Administrator created and logged in */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Setup already done */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log in with e-mail and password */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        password: string;
                        timeZone?: string;
                    };
                };
            };
            responses: {
                /** @description Logged in */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Session"];
                    };
                };
                /** @description Wrong e-mail or password */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the browser session (clears the cookie) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Logged out */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is logged in here, if anyone (answers 200 with user null for a visitor) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The current user, or null */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SessionProbe"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The user this session belongs to */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Current user */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CurrentUser"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the current user's preferences (UI language, time zone) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        locale?: "en" | "uk" | "ru" | "sk";
                        timeZone?: string;
                    };
                };
            };
            responses: {
                /** @description Current user */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CurrentUser"];
                    };
                };
                /** @description Not logged in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unknown language or time zone */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/system/round-trips": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run a workflow that writes a row in PostgreSQL and return that row */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            responses: {
                /** @description The row the activity wrote */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RoundTrip"];
                    };
                };
                /** @description Admins only */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The worker did not finish in time */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/system/round-trips/{workflowId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read back the row of a round trip */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workflowId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The row */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RoundTrip"];
                    };
                };
                /** @description Admins only */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such round trip */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/process-definitions/{key}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deploy a BPMN model as the next version of a process key */
        post: {
            parameters: {
                query?: {
                    activate?: "true" | "false";
                };
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/xml": string;
                };
            };
            responses: {
                /** @description The same model was already deployed; its version is returned */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProcessVersion"];
                    };
                };
                /** @description A new version was stored */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProcessVersion"];
                    };
                };
                /** @description Only process owners and admins deploy */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The model was refused; `errors[].params` names every offending element */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/process-definitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Process keys with their latest and active versions */
        get: {
            parameters: {
                query?: {
                    /** @description xlsx: the same table as an Excel workbook (or send Accept: the XLSX type) */
                    format?: "json" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description All process keys (with format=xlsx: as a workbook) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ProcessDefinition"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/process-definitions/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One process key with its versions (newest first) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The process; ETag for If-Match */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            key: string;
                            name: string;
                            activeVersion: number | null;
                            latestVersion: number;
                            lockVersion: number;
                            versions: components["schemas"]["ProcessVersion"][];
                        };
                    };
                };
                /** @description No such process */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/process-definitions/{key}/versions/{number}/xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The BPMN XML of a version, as it was deployed */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                    number: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description BPMN 2.0 XML */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such version */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/process-definitions/{key}/versions/{number}/graph": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The compiled graph the engine runs for a version */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                    number: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Compiled graph */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such version */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/process-definitions/{key}/active-version": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Choose the version new instances start with (send If-Match with the ETag you read) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProcessDefinition"];
                    };
                };
                /** @description Only process owners and admins */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Someone changed the process since you read it */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description If-Match is required */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        /** Deactivate a process: no new instances (API, message or timer starts); running ones go on. Send If-Match */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deactivated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProcessDefinition"];
                    };
                };
                /** @description Only process owners and admins */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Someone changed the process since you read it */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description If-Match is required */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/process-instances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Instances newest first, filtered; process owners, analysts and admins see all, others those they started or work in */
        get: {
            parameters: {
                query?: {
                    key?: string;
                    version?: number;
                    /** @description comma-separated: active, incident, completed, terminated, cancelled */
                    state?: ("active" | "completed" | "terminated" | "cancelled" | "incident")[];
                    record?: string;
                    /** @description has an open task assigned to this user */
                    assignee?: number;
                    startedFrom?: string;
                    startedTo?: string;
                    limit?: number;
                    cursor?: string;
                    /** @description xlsx: the same table as an Excel workbook (or send Accept: the XLSX type) */
                    format?: "json" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description One page (with format=xlsx: every matching instance, up to 10 000, as a workbook) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ProcessInstanceSummary"][];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Start a process for a business record (Idempotency-Key makes a retry return the same instance) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        key: string;
                        version?: number;
                        /** @default {} */
                        variables?: {
                            [key: string]: unknown;
                        };
                        record?: {
                            /** @enum {string} */
                            type: "deal" | "claim" | "service_request" | "campaign" | "client";
                            id: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Started */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            workflowId: string;
                            key: string;
                            version: number;
                        };
                    };
                };
                /** @description Your roles may not work on clients and deals (a record of that type is attached) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The client is not within your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unknown process or version, or invalid input; a start form’s fields each named under body.variables */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/process-instances/{workflowId}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The event log of an instance (every step, oldest first) and its open tasks */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workflowId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description History */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            openTasks: {
                                id: string;
                                nodeId: string;
                                name: string;
                                assigneeId: number | null;
                                dueAt: string | null;
                            }[];
                            events: {
                                type: string;
                                nodeId: string | null;
                                nodeType: string | null;
                                tokenId: string | null;
                                taskId: string | null;
                                actorId: number | null;
                                data: {
                                    [key: string]: unknown;
                                } | null;
                                /** Format: date-time */
                                occurredAt: string;
                            }[];
                        };
                    };
                };
                /** @description No such instance, or not yours to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/process-instances/{workflowId}/variables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The variables of an instance (live while it runs); `names=a,b` picks some */
        get: {
            parameters: {
                query?: {
                    names?: string;
                };
                header?: never;
                path: {
                    workflowId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Variables by name */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            variables: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description No such instance, or not yours to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/process-instances/{workflowId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a running instance with a reason: open tasks leave the inboxes, running steps stop */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workflowId: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Cancellation requested; the instance ends as cancelled within moments */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such instance */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The instance has ended already */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/process-definitions/{key}/start-form": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What a person starting the process fills in: the form-js schema of its active version’s start event (null: none) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The start form */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            version: number;
                            schema: {
                                [key: string]: unknown;
                            } | null;
                        };
                    };
                };
                /** @description Unknown process, or none active */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/process-instances/{workflowId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An instance: where its tokens are, open tasks, variables, open incidents and its history (event log) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workflowId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The instance */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProcessInstance"];
                    };
                };
                /** @description No such instance, or not yours to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/process-instances/{workflowId}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deliver a message (name + correlation key) to a running instance */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workflowId: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        name: string;
                        correlationKey?: string;
                        variables?: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            responses: {
                /** @description Delivered */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such instance */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/process-instances/{workflowId}/incidents/{incidentId}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retry the failed step of an incident after fixing its cause */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workflowId: string;
                    incidentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Retry requested */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such incident */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a message: correlates it to waiting instances and starts every active process with that message start event (Idempotency-Key makes a retry return the first answer) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        name: string;
                        correlationKey?: string;
                        /** @default {} */
                        variables?: {
                            [key: string]: unknown;
                        };
                        record?: {
                            /** @enum {string} */
                            type: "deal" | "claim" | "service_request" | "campaign" | "client";
                            id: string;
                        };
                    };
                };
            };
            responses: {
                /** @description What the message started and which waiting instances it reached (both may be empty) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MessageAnswer"];
                    };
                };
                /** @description Invalid input */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Incidents of all instances, newest first; retry one with POST /process-instances/{workflowId}/incidents/{id}/retry */
        get: {
            parameters: {
                query?: {
                    state?: "open" | "resolved";
                    key?: string;
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page; pass nextCursor as cursor for the next */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Incident"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Only process owners and admins */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/process-definitions/{key}/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per node: visits, time spent (avg, p90), open tokens and SLA breaches — the heatmap over the diagram */
        get: {
            parameters: {
                query?: {
                    version?: number;
                    from?: string;
                    to?: string;
                    /** @description a user: instances they started or hold or finished a task in */
                    manager?: number;
                    /** @description a team: the same for any of its members */
                    team?: number;
                    /** @description the instance variable `source` (lead source) */
                    source?: string;
                    /** @description xlsx: the same table as an Excel workbook (or send Accept: the XLSX type) */
                    format?: "json" | "xlsx";
                };
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Figures per node of the slice (or, with format=xlsx, the same table as a workbook) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProcessStatistics"];
                    };
                };
                /** @description Not a process owner, analyst or head of sales, or a manager/team outside a head’s teams */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such process */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My work: tasks assigned to me, to claim, delegated, or all I may see (ordered by due date) */
        get: {
            parameters: {
                query?: {
                    view?: "mine" | "claimable" | "delegated" | "all";
                    status?: "open" | "completed" | "cancelled";
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tasks */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Task"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{taskId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One task */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    taskId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The task */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Task"];
                    };
                };
                /** @description No such task, or not yours to see */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{taskId}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take a task from the group queue */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    taskId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The task */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Task"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Taken or closed */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{taskId}/unclaim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hand a task back to its group */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    taskId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The task */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Task"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Taken or closed */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{taskId}/delegate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give a task to another user */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    taskId: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        userId: number;
                    };
                };
            };
            responses: {
                /** @description The task */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Task"];
                    };
                };
                /** @description Only the assignee delegates */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{taskId}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Complete a task; the process validates the fields and answers at once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    taskId: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /** @default {} */
                        variables?: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            responses: {
                /** @description Completed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            taskId: string;
                            /** Format: date-time */
                            completedAt: string;
                        };
                    };
                };
                /** @description Not your task */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Already completed */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid fields, each named under body.variables */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My work queue: process tasks, planned and overdue contacts and reminders of a view, ordered by due date or priority (live hint: socket event `inbox.changed`) */
        get: {
            parameters: {
                query?: {
                    view?: "mine" | "claimable" | "overdue" | "delegated";
                    processKey?: string;
                    counterpartyId?: number;
                    sort?: "due" | "priority";
                    limit?: number;
                    /** @description xlsx: the same table as an Excel workbook (or send Accept: the XLSX type) */
                    format?: "json" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The items, soonest due (or most urgent) first (format=xlsx: up to 10 000 of them as a workbook) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["InboxItem"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbox/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many items each inbox view holds, with the same filters */
        get: {
            parameters: {
                query?: {
                    processKey?: string;
                    counterpartyId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Count per view */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InboxCounts"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbox/delegates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Colleagues a task can be delegated to, by name or e-mail */
        get: {
            parameters: {
                query?: {
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Active users */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                displayName: string;
                                email: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Active colleagues you may pick in filters, by name or e-mail: everyone for admins, process owners and analysts, your teams for a head of sales, yourself otherwise */
        get: {
            parameters: {
                query?: {
                    search?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Matching users, by name */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["UserDirectoryEntry"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Give a colleague an account with roles and, optionally, a sales team (admins) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["NewUser"];
                };
            };
            responses: {
                /** @description Created; the colleague logs in with this e-mail and password */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UserDirectoryEntry"];
                    };
                };
                /** @description The e-mail is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unknown role or team */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every account, deactivated ones too, with team, language and version (admins) */
        get: {
            parameters: {
                query?: {
                    search?: string;
                    active?: "true" | "false";
                    /** @description xlsx: the same table as an Excel workbook (or send Accept: the XLSX type) */
                    format?: "json" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Accounts, active first, by name (with format=xlsx: as a workbook) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["UserAccount"][];
                        };
                    };
                };
                /** @description Admins only */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One account and what the colleague still owns (admins) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The account */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            account: components["schemas"]["UserAccount"];
                            holdings: components["schemas"]["UserHoldings"];
                        };
                    };
                };
                /** @description Admins only */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such user */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit an account: name, roles, team, language; deactivate or reactivate (admins). A deactivated user is logged out everywhere at once. */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["UserAccountPatch"];
                };
            };
            responses: {
                /** @description Saved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UserAccount"];
                    };
                };
                /** @description Admins only */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such user */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Changed by someone else (`conflict.stale_version`), the last active administrator (`user.last_admin`), or your own account (`user.cannot_deactivate_self`) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unknown role, team or language */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/users/{id}/reassign-clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hand all of a colleague's live clients to another active colleague (admins; the client base's bulk assign, recorded in each client's history) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        toUserId: number;
                    };
                };
            };
            responses: {
                /** @description How many clients changed hands */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            updated: number;
                        };
                    };
                };
                /** @description Admins only */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unknown, deactivated or same colleague */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/hand-over-work": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hand a colleague's open tasks (delegated, in each process's log) and open deals (responsible changed, in each deal's history) to another active colleague (admins) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        toUserId: number;
                    };
                };
            };
            responses: {
                /** @description How many tasks and deals changed hands */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            tasks: number;
                            deals: number;
                        };
                    };
                };
                /** @description Admins only */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unknown, deactivated or same colleague */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Teams with their head's name and number of active members (admins) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Teams by name */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["TeamOverview"][];
                        };
                    };
                };
                /** @description Admins only */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Members of a team, deactivated ones marked (admins) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The team and its members */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            team: {
                                id: number;
                                name: string;
                                headId: number | null;
                                lockVersion: number;
                            };
                            members: components["schemas"]["TeamMember"][];
                        };
                    };
                };
                /** @description Admins only */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such team */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Put a colleague in the team; one already in another team moves only with `move: true` (admins) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        userId: number;
                        /** @default false */
                        move?: boolean;
                    };
                };
            };
            responses: {
                /** @description The team and its members */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            team: {
                                id: number;
                                name: string;
                                headId: number | null;
                                lockVersion: number;
                            };
                            members: components["schemas"]["TeamMember"][];
                        };
                    };
                };
                /** @description Admins only */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such team */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description In another team: `errors[0].params.teamName` names it; send `move: true` to move */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such user */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams/{id}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Take a colleague out of the team (admins) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    userId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The team and its members */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            team: {
                                id: number;
                                name: string;
                                headId: number | null;
                                lockVersion: number;
                            };
                            members: components["schemas"]["TeamMember"][];
                        };
                    };
                };
                /** @description Admins only */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such team, or not a member */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My notifications, newest first, with the unread count (live copies arrive as socket event `notification`) */
        get: {
            parameters: {
                query?: {
                    unread?: "true" | "false";
                    limit?: number;
                    cursor?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description One page */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Notification"][];
                            unread: number;
                            nextCursor: number | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one of my notifications read */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Marked */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Notification"];
                    };
                };
                /** @description Not one of mine */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark all my notifications read */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description How many were unread */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            marked: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/business-calendars": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Business calendars */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description All calendars */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["BusinessCalendar"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/business-calendars/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One business calendar (ETag for If-Match) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The calendar */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BusinessCalendar"];
                    };
                };
                /** @description No such calendar */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Create a calendar, or replace it (If-Match with the ETag you read) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        name: string;
                        /** @default UTC */
                        timeZone?: string;
                        workingHours: {
                            day: number;
                            from: string;
                            to: string;
                        }[];
                        /** @default [] */
                        holidays?: {
                            /** Format: date */
                            date: string;
                            /** @default  */
                            name?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Replaced */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BusinessCalendar"];
                    };
                };
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BusinessCalendar"];
                    };
                };
                /** @description Only process owners and admins */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Changed by someone else */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description If-Match is required to replace */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/counterparties/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a CSV or XLSX file of counterparties; answers its columns, a sample and a suggested mapping (the same file again answers the same import) */
        post: {
            parameters: {
                query?: {
                    fileName?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            responses: {
                /** @description This file was uploaded before: its import */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            fileName: string;
                            /** @enum {string} */
                            format: "csv" | "xlsx";
                            /** @enum {string} */
                            status: "uploaded" | "importing" | "done";
                            rows: number;
                            columns: string[];
                            sample?: {
                                [key: string]: string;
                            }[];
                            suggestedMapping?: {
                                [key: string]: "name" | "kind" | "legalName" | "taxId" | "phones" | "emails" | "website" | "industry" | "region" | "size" | "status" | "source" | "tags" | "responsible";
                            };
                            result: unknown;
                            createdAt: string;
                            finishedAt: string | null;
                        };
                    };
                };
                /** @description A new import */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            fileName: string;
                            /** @enum {string} */
                            format: "csv" | "xlsx";
                            /** @enum {string} */
                            status: "uploaded" | "importing" | "done";
                            rows: number;
                            columns: string[];
                            sample?: {
                                [key: string]: string;
                            }[];
                            suggestedMapping?: {
                                [key: string]: "name" | "kind" | "legalName" | "taxId" | "phones" | "emails" | "website" | "industry" | "region" | "size" | "status" | "source" | "tags" | "responsible";
                            };
                            result: unknown;
                            createdAt: string;
                            finishedAt: string | null;
                        };
                    };
                };
                /** @description Your roles do not allow creating counterparties */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Another user uploaded the same file */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description File too big or too many rows */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not a CSV or XLSX upload */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not readable as CSV or XLSX */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/counterparties/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An import you uploaded: its columns, status and last result */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The import */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            fileName: string;
                            /** @enum {string} */
                            format: "csv" | "xlsx";
                            /** @enum {string} */
                            status: "uploaded" | "importing" | "done";
                            rows: number;
                            columns: string[];
                            sample?: {
                                [key: string]: string;
                            }[];
                            suggestedMapping?: {
                                [key: string]: "name" | "kind" | "legalName" | "taxId" | "phones" | "emails" | "website" | "industry" | "region" | "size" | "status" | "source" | "tags" | "responsible";
                            };
                            result: unknown;
                            createdAt: string;
                            finishedAt: string | null;
                        };
                    };
                };
                /** @description No such import of yours */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/counterparties/imports/{id}/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check (dryRun) or import the rows of an uploaded file under a column mapping: per row the record, errors by field and likely duplicates */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        mapping: {
                            columns: {
                                [key: string]: "name" | "kind" | "legalName" | "taxId" | "phones" | "emails" | "website" | "industry" | "region" | "size" | "status" | "source" | "tags" | "responsible";
                            };
                            /**
                             * @default {
                             *       "kind": "company",
                             *       "status": "lead"
                             *     }
                             */
                            defaults?: {
                                /**
                                 * @default company
                                 * @enum {string}
                                 */
                                kind?: "company" | "person";
                                /**
                                 * @default lead
                                 * @enum {string}
                                 */
                                status?: "lead" | "prospect" | "client" | "former";
                            };
                        };
                        /** @default true */
                        dryRun?: boolean;
                        /**
                         * @default skip
                         * @enum {string}
                         */
                        onDuplicate?: "skip" | "import";
                        /** @default 0.85 */
                        minScore?: number;
                        /** @default 0 */
                        offset?: number;
                        /** @default 1000 */
                        limit?: number;
                    };
                };
            };
            responses: {
                /** @description Totals and the rows from offset: new, created, imported_before, invalid or duplicate */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ClientImportRun"];
                    };
                };
                /** @description Your roles do not allow creating counterparties */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such import of yours */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A mapped column is not in the file, or the mapping is invalid */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/counterparties/duplicate-candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Likely duplicates of a record being typed (name, phone, e-mail, tax id), among the clients you may see */
        get: {
            parameters: {
                query?: {
                    name?: string;
                    phone?: string;
                    email?: string;
                    taxId?: string;
                    excludeId?: number;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Best first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                name: string;
                                responsibleId: number | null;
                                score: number;
                                reasons: {
                                    /** @enum {string} */
                                    kind: "taxId" | "phone" | "email" | "name";
                                    value?: string;
                                    similarity?: number;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Duplicate pairs over the whole base within your reach, with score and reasons, best first */
        get: {
            parameters: {
                query?: {
                    minScore?: number;
                    limit?: number;
                    cursor?: string;
                    /** @description xlsx: the same table as an Excel workbook (or send Accept: the XLSX type) */
                    format?: "json" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of pairs (format=xlsx: every pair within your export reach, up to 10 000, as a workbook) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                a: {
                                    id: number;
                                    name: string;
                                };
                                b: {
                                    id: number;
                                    name: string;
                                };
                                score: number;
                                reasons: {
                                    /** @enum {string} */
                                    kind: "taxId" | "phone" | "email" | "name";
                                    value?: string;
                                    similarity?: number;
                                }[];
                            }[];
                            total: number;
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description format=xlsx and your role may not export clients */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/duplicates/merge-preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What merging `merged` into `survivor` would change and move; its ETag is the If-Match of the merge */
        get: {
            parameters: {
                query: {
                    survivor: number;
                    merged: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The preview */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            survivor: components["schemas"]["Counterparty"];
                            merged: components["schemas"]["Counterparty"];
                            fields: {
                                field: string;
                                from: unknown;
                                to: unknown;
                            }[];
                            moves: {
                                name: string;
                                count: number;
                            }[];
                        };
                    };
                };
                /** @description Either record is missing or not within your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Same record twice */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/duplicates/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Merge `merged` into `survivor` in one transaction; If-Match is the preview ETag (versions of both) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        survivor: number;
                        merged: number;
                    };
                };
            };
            responses: {
                /** @description Merged; `merged` is now a tombstone */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            survivor: components["schemas"]["Counterparty"];
                            merged: components["schemas"]["Counterparty"];
                            fields: {
                                field: string;
                                from: unknown;
                                to: unknown;
                            }[];
                            moves: {
                                name: string;
                                count: number;
                            }[];
                        };
                    };
                };
                /** @description Either record is missing or not within your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description One of the records changed since the preview; `current` holds it */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description If-Match is required */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/counterparties/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The counterparties matching the filter, within your export reach, as XLSX (headers in your language; import reads them back) */
        get: {
            parameters: {
                query?: {
                    status?: ("lead" | "prospect" | "client" | "former")[];
                    tags?: string[];
                    kind?: "company" | "person";
                    relationship?: "client" | "prospect" | "supplier" | "partner" | "competitor";
                    responsibleId?: number;
                    teamId?: number;
                    industry?: string;
                    region?: string;
                    abcClass?: ("A" | "B" | "C")[];
                    xyzClass?: ("X" | "Y" | "Z")[];
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description An XLSX workbook */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Your role may not export */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many rows */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/segments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Saved segments */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description All segments */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Segment"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Save a segment: rules over fields, tags, status, industry, region, size, ABC/XYZ class and activity dates */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        name: string;
                        description?: string | null;
                        rules: components["schemas"]["SegmentRule"];
                    };
                };
            };
            responses: {
                /** @description Saved */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Segment"];
                    };
                };
                /** @description Invalid rules (field paths name the rule) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/segments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One segment with the number of members you may see */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The segment */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            description: string | null;
                            rules: components["schemas"]["SegmentRule"];
                            ownerId: number | null;
                            lockVersion: number;
                            count: number;
                        };
                    };
                };
                /** @description No such segment */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Replace a segment (owner or admin; needs If-Match) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        name: string;
                        description?: string | null;
                        rules: components["schemas"]["SegmentRule"];
                    };
                };
            };
            responses: {
                /** @description Saved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Segment"];
                    };
                };
                /** @description Not the owner */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such segment */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Changed since you read it */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description If-Match is required */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        /** Delete a segment (owner or admin; needs If-Match) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not the owner */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such segment */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Changed since you read it */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description If-Match is required */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/segments/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Members of a segment within your reach, one page at a time */
        get: {
            parameters: {
                query?: {
                    sort?: "name" | "-name" | "createdAt" | "-createdAt" | "updatedAt" | "-updatedAt";
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Counterparty"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description No such segment */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/segments/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Members of a segment within your export reach, as XLSX */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description An XLSX workbook */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Your role may not export */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such segment */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sales-lines/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import sales lines from CSV (counterpartyId or taxId, date, revenue, margin, reference); dryRun only reports */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        csv: string;
                        /** @default false */
                        dryRun?: boolean;
                    };
                };
            };
            responses: {
                /** @description Per-row errors, counts of valid, imported and skipped (already imported) rows */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SalesLinesImport"];
                    };
                };
                /** @description Not a CSV */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sales-lines/import-file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import sales lines from a CSV or XLSX file (same headers); lines without a reference are keyed by the file, so a second import adds nothing */
        post: {
            parameters: {
                query?: {
                    dryRun?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            responses: {
                /** @description Per-row errors, counts of valid, imported and skipped (already imported) rows */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SalesLinesImport"];
                    };
                };
                /** @description File too big or too many rows */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not a CSV or XLSX upload */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not readable as CSV or XLSX */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analyses/abc-xyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** ABC by revenue or margin share and XYZ by the variation of monthly sales over a period, with the matrix (your clients only) */
        get: {
            parameters: {
                query: {
                    from: string;
                    to: string;
                    measure?: "revenue" | "margin";
                    a?: number;
                    b?: number;
                    x?: number;
                    y?: number;
                    limit?: number;
                    /** @description Only the clients this user is responsible for (within your reach) */
                    manager?: number;
                    /** @description xlsx: the same table as an Excel workbook (or send Accept: the XLSX type) */
                    format?: "json" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Classes, matrix, best clients first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AbcXyzAnalysis"];
                    };
                };
                /** @description Bad period or thresholds */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analyses/abc-xyz/recalculate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Store every client’s ABC/XYZ class for a period (history and current class); admins and analysts */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /** Format: date */
                        from: string;
                        /** Format: date */
                        to: string;
                        /**
                         * @default revenue
                         * @enum {string}
                         */
                        measure?: "revenue" | "margin";
                        /** @default 80 */
                        a?: number;
                        /** @default 15 */
                        b?: number;
                        /** @default 10 */
                        x?: number;
                        /** @default 25 */
                        y?: number;
                    };
                };
            };
            responses: {
                /** @description How many clients were classified, how many lost their class */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AbcXyzRecalculation"];
                    };
                };
                /** @description Admins and analysts only */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/counterparties/{id}/classes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ABC/XYZ class history of a client, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Class history */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ClientClassHistory"];
                    };
                };
                /** @description No such counterparty, or not within your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/segmentation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Counts and revenue of your clients by industry, region, size, ABC/XYZ class and status */
        get: {
            parameters: {
                query: {
                    from: string;
                    to: string;
                    /** @description xlsx: the same table as an Excel workbook (or send Accept: the XLSX type) */
                    format?: "json" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description One list per dimension (format=xlsx: one sheet each) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SegmentationReport"];
                    };
                };
                /** @description Bad period */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/counterparties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Counterparties within your reach, filtered, sorted, one page at a time */
        get: {
            parameters: {
                query?: {
                    status?: ("lead" | "prospect" | "client" | "former")[];
                    tags?: string[];
                    kind?: "company" | "person";
                    relationship?: "client" | "prospect" | "supplier" | "partner" | "competitor";
                    responsibleId?: number;
                    teamId?: number;
                    industry?: string;
                    region?: string;
                    abcClass?: ("A" | "B" | "C")[];
                    xyzClass?: ("X" | "Y" | "Z")[];
                    q?: string;
                    sort?: "name" | "-name" | "createdAt" | "-createdAt" | "updatedAt" | "-updatedAt";
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page; pass nextCursor as cursor for the next */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Counterparty"][];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a counterparty (company or person); send Idempotency-Key to make retries safe */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "company" | "person";
                        name: string;
                        legalName?: string | null;
                        /**
                         * @default [
                         *       "client"
                         *     ]
                         */
                        relationships?: ("client" | "prospect" | "supplier" | "partner" | "competitor")[];
                        parentId?: number | null;
                        /** @default false */
                        division?: boolean;
                        taxId?: string | null;
                        taxIdKind?: ("edrpou" | "ipn" | "other") | null;
                        /** @default [] */
                        registrationIds?: {
                            kind: string;
                            value: string;
                        }[];
                        /** @default [] */
                        addresses?: {
                            /** @enum {string} */
                            kind?: "legal" | "postal" | "office" | "delivery" | "home";
                            text: string;
                            country?: string;
                        }[];
                        phones?: {
                            number: string;
                            label?: string;
                        }[];
                        emails?: {
                            /** Format: email */
                            address: string;
                            label?: string;
                        }[];
                        /** @default [] */
                        messengers?: {
                            /** @enum {string} */
                            kind: "telegram" | "viber" | "whatsapp" | "signal" | "skype" | "other";
                            handle: string;
                        }[];
                        website?: string | null;
                        industry?: string | null;
                        region?: string | null;
                        size?: ("micro" | "small" | "medium" | "large" | "enterprise") | null;
                        /**
                         * @default lead
                         * @enum {string}
                         */
                        status?: "lead" | "prospect" | "client" | "former";
                        source?: string | null;
                        /** @default [] */
                        tags?: string[];
                        responsibleId?: number | null;
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Counterparty"];
                    };
                };
                /** @description Your role may not create counterparties */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid fields, unknown references */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/counterparties/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One counterparty card with its completeness (ETag for If-Match) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The card */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Counterparty"];
                    };
                };
                /** @description Merged into another record: Location names the survivor */
                308: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such counterparty, or not within your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a counterparty with its contacts; needs If-Match (the history stays) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such counterparty, or not within your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Changed since you read it */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description If-Match is required */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change fields of a counterparty; needs If-Match with the ETag you read */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind?: "company" | "person";
                        name?: string;
                        legalName?: string | null;
                        relationships?: ("client" | "prospect" | "supplier" | "partner" | "competitor")[];
                        parentId?: number | null;
                        division?: boolean;
                        taxId?: string | null;
                        taxIdKind?: ("edrpou" | "ipn" | "other") | null;
                        registrationIds?: {
                            kind: string;
                            value: string;
                        }[];
                        addresses?: {
                            /** @enum {string} */
                            kind?: "legal" | "postal" | "office" | "delivery" | "home";
                            text: string;
                            country?: string;
                        }[];
                        phones?: {
                            number: string;
                            label?: string;
                        }[];
                        emails?: {
                            /** Format: email */
                            address: string;
                            label?: string;
                        }[];
                        messengers?: {
                            /** @enum {string} */
                            kind: "telegram" | "viber" | "whatsapp" | "signal" | "skype" | "other";
                            handle: string;
                        }[];
                        website?: string | null;
                        industry?: string | null;
                        region?: string | null;
                        size?: ("micro" | "small" | "medium" | "large" | "enterprise") | null;
                        /** @enum {string} */
                        status?: "lead" | "prospect" | "client" | "former";
                        source?: string | null;
                        tags?: string[];
                        responsibleId?: number | null;
                    };
                };
            };
            responses: {
                /** @description Updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Counterparty"];
                    };
                };
                /** @description The change would move the record out of your reach */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such counterparty, or not within your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Changed since you read it; `current` holds the current record */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description If-Match is required */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/counterparties/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Field-level change history of a counterparty and its contacts (newest first) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Changes */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ClientChange"][];
                        };
                    };
                };
                /** @description No such counterparty, or not within your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/counterparties/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** One action on a selection in one transaction: assign responsible, add/remove tag, change status */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        ids: number[];
                        action: {
                            /** @constant */
                            type: "assign";
                            responsibleId: number;
                        } | {
                            /** @constant */
                            type: "addTag";
                            tag: string;
                        } | {
                            /** @constant */
                            type: "removeTag";
                            tag: string;
                        } | {
                            /** @constant */
                            type: "setStatus";
                            /** @enum {string} */
                            status: "lead" | "prospect" | "client" | "former";
                        };
                    };
                };
            };
            responses: {
                /** @description All updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            updated: number;
                        };
                    };
                };
                /** @description The result would leave your reach; nothing changed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Some ids are not within your reach; nothing changed (`errors[0].params.ids`) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/counterparties/{id}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Contact persons of a counterparty */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Contacts */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ContactPerson"][];
                        };
                    };
                };
                /** @description Not found, or not within your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Add a contact person (Idempotency-Key makes retries safe) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        fullName: string;
                        position?: string | null;
                        decisionRole?: ("decision_maker" | "influencer" | "user" | "gatekeeper") | null;
                        phones?: {
                            number: string;
                            label?: string;
                        }[];
                        emails?: {
                            /** Format: email */
                            address: string;
                            label?: string;
                        }[];
                        /** @default [] */
                        messengers?: {
                            /** @enum {string} */
                            kind: "telegram" | "viber" | "whatsapp" | "signal" | "skype" | "other";
                            handle: string;
                        }[];
                        birthday?: string | null;
                        preferredChannel?: ("phone" | "email" | "messenger" | "meeting" | "sms") | null;
                        note?: string | null;
                        /** @default false */
                        isPrimary?: boolean;
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ContactPerson"];
                    };
                };
                /** @description Not found, or not within your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One contact person */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The contact */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ContactPerson"];
                    };
                };
                /** @description Not found, or not within your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Remove a contact person; needs If-Match */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Removed */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found, or not within your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Changed since you read it */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description If-Match is required */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a contact person; needs If-Match */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        fullName?: string;
                        position?: string | null;
                        decisionRole?: ("decision_maker" | "influencer" | "user" | "gatekeeper") | null;
                        phones?: {
                            number: string;
                            label?: string;
                        }[];
                        emails?: {
                            /** Format: email */
                            address: string;
                            label?: string;
                        }[];
                        messengers?: {
                            /** @enum {string} */
                            kind: "telegram" | "viber" | "whatsapp" | "signal" | "skype" | "other";
                            handle: string;
                        }[];
                        birthday?: string | null;
                        preferredChannel?: ("phone" | "email" | "messenger" | "meeting" | "sms") | null;
                        note?: string | null;
                        isPrimary?: boolean;
                    };
                };
            };
            responses: {
                /** @description Updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ContactPerson"];
                    };
                };
                /** @description Not found, or not within your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Changed since you read it */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description If-Match is required */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/contacts/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Field-level change history of a contact person */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Changes */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ClientChange"][];
                        };
                    };
                };
                /** @description Not found, or not within your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/relations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Relate two counterparties or persons (parent company, partner, competitor, supplier, influences) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        from: {
                            /** @enum {string} */
                            type: "counterparty" | "contact";
                            id: number;
                        };
                        to: {
                            /** @enum {string} */
                            type: "counterparty" | "contact";
                            id: number;
                        };
                        /** @enum {string} */
                        kind: "parent_company" | "partner" | "competitor" | "supplier" | "influences";
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Exists already */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An end is unknown or out of reach */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/counterparties/{id}/relations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Relations of a counterparty, both directions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Relations */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Relation"][];
                        };
                    };
                };
                /** @description Not found, or not within your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts/{id}/relations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Relations of a contact, both directions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Relations */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Relation"][];
                        };
                    };
                };
                /** @description Not found, or not within your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/relations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a relation */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Removed */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found, or not within your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/counterparties/{id}/dossier": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Card, contacts, relations and the timeline of everything linked (changes, processes, tasks, …) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The dossier */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Dossier"];
                    };
                };
                /** @description No such counterparty, or not within your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/client-completeness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Which fields are missing most, and for which responsible, over the counterparties you may see */
        get: {
            parameters: {
                query?: {
                    status?: ("lead" | "prospect" | "client" | "former")[];
                    tags?: string[];
                    kind?: "company" | "person";
                    relationship?: "client" | "prospect" | "supplier" | "partner" | "competitor";
                    responsibleId?: number;
                    teamId?: number;
                    industry?: string;
                    region?: string;
                    abcClass?: ("A" | "B" | "C")[];
                    xyzClass?: ("X" | "Y" | "Z")[];
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The report */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CompletenessReport"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/completeness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Required and desirable fields for the completeness score */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The settings (ETag for If-Match) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            counterparty: {
                                required: ("name" | "legalName" | "taxId" | "registrationIds" | "addresses" | "phones" | "emails" | "messengers" | "website" | "industry" | "region" | "size" | "source" | "tags" | "responsibleId" | "parentId")[];
                                desirable: ("name" | "legalName" | "taxId" | "registrationIds" | "addresses" | "phones" | "emails" | "messengers" | "website" | "industry" | "region" | "size" | "source" | "tags" | "responsibleId" | "parentId")[];
                            };
                            contact: {
                                required: ("fullName" | "position" | "decisionRole" | "phones" | "emails" | "messengers" | "birthday" | "preferredChannel" | "note")[];
                                desirable: ("fullName" | "position" | "decisionRole" | "phones" | "emails" | "messengers" | "birthday" | "preferredChannel" | "note")[];
                            };
                        };
                    };
                };
            };
        };
        /** Set required and desirable fields (admins; needs If-Match) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        counterparty: {
                            required: ("name" | "legalName" | "taxId" | "registrationIds" | "addresses" | "phones" | "emails" | "messengers" | "website" | "industry" | "region" | "size" | "source" | "tags" | "responsibleId" | "parentId")[];
                            desirable: ("name" | "legalName" | "taxId" | "registrationIds" | "addresses" | "phones" | "emails" | "messengers" | "website" | "industry" | "region" | "size" | "source" | "tags" | "responsibleId" | "parentId")[];
                        };
                        contact: {
                            required: ("fullName" | "position" | "decisionRole" | "phones" | "emails" | "messengers" | "birthday" | "preferredChannel" | "note")[];
                            desirable: ("fullName" | "position" | "decisionRole" | "phones" | "emails" | "messengers" | "birthday" | "preferredChannel" | "note")[];
                        };
                    };
                };
            };
            responses: {
                /** @description Saved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            counterparty: {
                                required: ("name" | "legalName" | "taxId" | "registrationIds" | "addresses" | "phones" | "emails" | "messengers" | "website" | "industry" | "region" | "size" | "source" | "tags" | "responsibleId" | "parentId")[];
                                desirable: ("name" | "legalName" | "taxId" | "registrationIds" | "addresses" | "phones" | "emails" | "messengers" | "website" | "industry" | "region" | "size" | "source" | "tags" | "responsibleId" | "parentId")[];
                            };
                            contact: {
                                required: ("fullName" | "position" | "decisionRole" | "phones" | "emails" | "messengers" | "birthday" | "preferredChannel" | "note")[];
                                desirable: ("fullName" | "position" | "decisionRole" | "phones" | "emails" | "messengers" | "birthday" | "preferredChannel" | "note")[];
                            };
                        };
                    };
                };
                /** @description Admins only */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Changed since you read it (`conflict.stale_version`), or the name is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description If-Match is required */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/legal-entities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Our own companies (accounting side), kept apart from counterparties */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Legal entities */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["LegalEntity"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add one of our own companies (admins) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        name: string;
                        taxId?: string | null;
                        registrationId?: string | null;
                        address?: string | null;
                        vatPayer?: boolean;
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LegalEntity"];
                    };
                };
                /** @description Admins only */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sales teams with their heads */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Teams */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Team"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a team (admins) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        name: string;
                        headId?: number | null;
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Team"];
                    };
                };
                /** @description Name taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unknown head */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename a team or change its head (admins; needs If-Match) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        name?: string;
                        headId?: number | null;
                    };
                };
            };
            responses: {
                /** @description Updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Team"];
                    };
                };
                /** @description No such team */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Changed since you read it (`conflict.stale_version`), or the name is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description If-Match is required */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/users/{id}/team": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Put a user in a team, or take them out with null (admins) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        teamId: number | null;
                    };
                };
            };
            responses: {
                /** @description The user and their team */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such user */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such team */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Interactions within your reach (your clients’, yours, those you take part in), filtered, one page at a time */
        get: {
            parameters: {
                query?: {
                    counterpartyId?: number;
                    responsibleId?: number;
                    kind?: ("call" | "meeting" | "email" | "note" | "contact")[];
                    /** @description overdue = planned and its time has passed */
                    state?: "planned" | "done" | "cancelled" | "overdue";
                    from?: string;
                    to?: string;
                    sort?: "at" | "-at";
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page; pass nextCursor as cursor for the next */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Interaction"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Your role may not read interactions */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Log a call, meeting, e-mail or note, or plan a contact (its responsible is reminded); Idempotency-Key makes retries safe */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "call" | "meeting" | "email" | "note" | "contact";
                        counterpartyId?: number | null;
                        /** @default [] */
                        contactIds?: number[];
                        /** Format: date-time */
                        at: string;
                        durationMinutes?: number | null;
                        subject: string;
                        description?: string | null;
                        responsibleId?: number;
                        /** @default [] */
                        participantIds?: number[];
                        /**
                         * @default planned
                         * @enum {string}
                         */
                        state?: "planned" | "done";
                        result?: string | null;
                        nextStep?: string | null;
                        remindBeforeMinutes?: number | null;
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Interaction"];
                    };
                };
                /** @description Your role may not create interactions, or it would be out of your reach */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid fields, unknown counterparty, contact or user */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interactions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One interaction (ETag for If-Match) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The interaction */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Interaction"];
                    };
                };
                /** @description No such interaction, or not within your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an interaction (moving a planned one moves its reminder); needs If-Match */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind?: "call" | "meeting" | "email" | "note" | "contact";
                        counterpartyId?: number | null;
                        contactIds?: number[];
                        /** Format: date-time */
                        at?: string;
                        durationMinutes?: number | null;
                        subject?: string;
                        description?: string | null;
                        responsibleId?: number;
                        participantIds?: number[];
                        result?: string | null;
                        nextStep?: string | null;
                        remindBeforeMinutes?: number | null;
                    };
                };
            };
            responses: {
                /** @description Updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Interaction"];
                    };
                };
                /** @description Out of your reach after the change */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such interaction, or not within your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Changed since you read it; `current` holds it */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description If-Match is required */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/interactions/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a planned interaction done with its result (and next step); its reminder stops */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        result: string;
                        nextStep?: string | null;
                        /** Format: date-time */
                        at?: string;
                    };
                };
            };
            responses: {
                /** @description Done */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Interaction"];
                    };
                };
                /** @description No such interaction, or not within your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not planned (already done or cancelled) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description If-Match sent and stale */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interactions/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a planned interaction (optional reason); its reminder stops */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Cancelled */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Interaction"];
                    };
                };
                /** @description No such interaction, or not within your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not planned (already done or cancelled) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description If-Match sent and stale */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incoming-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Requests addressed to you or registered by you (a head: the team’s); unread=true is your own unread inbox */
        get: {
            parameters: {
                query?: {
                    unread?: "true" | "false";
                    counterpartyId?: number;
                    limit?: number;
                    /** @description id cursor: the page after the last id you saw */
                    before?: number;
                    /** @description xlsx: the same table as an Excel workbook (or send Accept: the XLSX type) */
                    format?: "json" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Newest first (with format=xlsx: every one in reach, up to 10 000, as a workbook) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["IncomingRequest"][];
                            unreadCount: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Register a call or message for someone who is out; addressed to a user, or to a team (its head, else the member with the fewest unread) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        counterpartyId?: number | null;
                        from: string;
                        /** @enum {string} */
                        channel: "phone" | "email" | "messenger" | "sms" | "web" | "visit";
                        text: string;
                        addressee: {
                            userId: number;
                        } | {
                            teamId: number;
                        };
                    };
                };
            };
            responses: {
                /** @description Registered and routed */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IncomingRequest"];
                    };
                };
                /** @description Your role may not register requests */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unknown counterparty, user or team; a team with nobody to route to */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incoming-requests/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The addressee marks a request read */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Read */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IncomingRequest"];
                    };
                };
                /** @description Not addressed to you */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such request, or not within your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your reminders (free ones and those of your planned interactions), soonest first */
        get: {
            parameters: {
                query?: {
                    state?: "scheduled" | "fired" | "cancelled";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Reminders */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Reminder"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** A reminder for yourself at a time (in-app notification and e-mail, durable across restarts); Idempotency-Key makes retries safe */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        at: string;
                        text: string;
                        counterpartyId?: number | null;
                    };
                };
            };
            responses: {
                /** @description Scheduled */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Reminder"];
                    };
                };
                /** @description The counterparty is not within your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reminders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Move your free reminder to another time (it fires again at the new time) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        at: string;
                    };
                };
            };
            responses: {
                /** @description Rescheduled */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Reminder"];
                    };
                };
                /** @description No such reminder of yours */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An interaction’s reminder: move the interaction */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/reminders/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel your free reminder */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Cancelled */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Reminder"];
                    };
                };
                /** @description No such reminder of yours */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description An interaction’s reminder: cancel the interaction */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/interactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per employee over interactions timed in [from, to): done, planned, overdue, cancelled, by kind. A manager sees themselves, a head their team, an admin everyone */
        get: {
            parameters: {
                query: {
                    from: string;
                    to: string;
                    team?: number;
                    /** @description one employee within your reach */
                    userId?: number;
                    /** @description xlsx: the same table as an Excel workbook (or send Accept: the XLSX type) */
                    format?: "json" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Figures per employee (with format=xlsx: the same table as a workbook) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            from: string;
                            /** Format: date-time */
                            to: string;
                            employees: components["schemas"]["EmployeeInteractionFigures"][];
                        };
                    };
                };
                /** @description Another team than yours */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/product-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Product types */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description All types */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ProductType"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a product type with its typed parameters */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        code: string;
                        name: string;
                        /** @default [] */
                        parameters?: {
                            key: string;
                            label?: string;
                            /** @enum {string} */
                            kind: "string" | "number" | "boolean" | "date";
                            required?: boolean;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProductType"];
                    };
                };
                /** @description Code taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Products by id, with a name or SKU search; cursor pages */
        get: {
            parameters: {
                query?: {
                    after?: string;
                    limit?: number;
                    q?: string;
                    typeId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Product"][];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a product (Idempotency-Key makes a retry return the same product) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        sku: string;
                        name: string;
                        typeId?: number | null;
                        unit: string;
                        /** @default {} */
                        parameters?: {
                            [key: string]: string | number | boolean;
                        };
                        taxRatePercent?: number | null;
                    };
                };
            };
            responses: {
                /** @description Replayed Idempotency-Key */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Product"];
                    };
                };
                /** @description Invalid, e.g. a parameter of the wrong kind */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One product (ETag for If-Match) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The product */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Product"];
                    };
                };
                /** @description No such product */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a product (If-Match required; 412 when someone changed it) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        sku?: string;
                        name?: string;
                        typeId?: number | null;
                        unit?: string;
                        parameters?: {
                            [key: string]: string | number | boolean;
                        };
                        taxRatePercent?: number | null;
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Product"];
                    };
                };
                /** @description Stale If-Match; `current` holds the product now */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description If-Match missing */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/products/{id}/price": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The price a customer pays: list price, best discount and unit price on a date */
        get: {
            parameters: {
                query: {
                    currency: string;
                    customerGroup?: string;
                    counterpartyId?: number;
                    date?: string;
                    qty?: number;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Resolved price (minor units) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            priceId: number;
                            /** @description Integer minor units (cents, kopecks) */
                            listPrice: number;
                            discountId: number | null;
                            discountPercent: number;
                            /** @description Integer minor units (cents, kopecks) */
                            unitPrice: number;
                        };
                    };
                };
                /** @description No price for this product, currency, group and date */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}/prices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A product's prices in every list */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Prices */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Price"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a price to a price list (currency, customer group, quantity tier, validity) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        currency: string;
                        customerGroup?: string | null;
                        /** @description Integer minor units (cents, kopecks) */
                        amount: number;
                        /** @default 0 */
                        minQty?: number;
                        /** Format: date */
                        validFrom: string;
                        validTo?: string | null;
                    };
                };
            };
            responses: {
                /** @description Replayed Idempotency-Key */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Price"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/prices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a price from its list (If-Match) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Removed */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Stale If-Match */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description If-Match missing */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/discounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a discount (If-Match) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Removed */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Stale If-Match */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description If-Match missing */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/discounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Discounts; cursor pages */
        get: {
            parameters: {
                query?: {
                    after?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Discount"][];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** A percentage discount for a product, product type, customer group or customer, with validity dates */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        name: string;
                        percent: number;
                        productId?: number | null;
                        productTypeId?: number | null;
                        customerGroup?: string | null;
                        counterpartyId?: number | null;
                        validFrom?: string | null;
                        validTo?: string | null;
                    };
                };
            };
            responses: {
                /** @description Replayed Idempotency-Key */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Discount"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/document-templates/fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The placeholders a template of each document type may use */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Per type: scalar placeholders and the fields inside {#lines}…{/lines} */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/document-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Templates, newest first */
        get: {
            parameters: {
                query?: {
                    docType?: "commercial_proposal" | "contract" | "invoice" | "act";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Templates */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["DocumentTemplate"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Upload a DOCX template (base64, at most 1048576 bytes); unknown placeholders are refused by name */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        docType: "commercial_proposal" | "contract" | "invoice" | "act";
                        name: string;
                        /** @default template.docx */
                        fileName?: string;
                        /** Format: base64 */
                        contentBase64: string;
                    };
                };
            };
            responses: {
                /** @description Stored */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentTemplate"];
                    };
                };
                /** @description Larger than the limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not a DOCX, broken tags, or unknown placeholders (`errors[].params.placeholder`) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Documents, optionally of one business record or invoice; cursor pages */
        get: {
            parameters: {
                query?: {
                    after?: string;
                    limit?: number;
                    recordType?: string;
                    recordId?: string;
                    invoiceId?: number;
                    docType?: "commercial_proposal" | "contract" | "invoice" | "act";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["SalesDocument"][];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Generate a numbered document (DOCX, and PDF with `pdf: true`) for a business record */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        docType: "commercial_proposal" | "contract" | "invoice" | "act";
                        templateId?: number;
                        record?: {
                            type: string;
                            id: string;
                        };
                        invoiceId?: number;
                        data?: {
                            [key: string]: string | number;
                        };
                        lines?: components["schemas"]["LineInput"][];
                        currency?: string;
                        customerGroup?: string | null;
                        /** Format: date */
                        date?: string;
                        /** @default false */
                        pdf?: boolean;
                        counterpartyId?: number;
                    };
                };
            };
            responses: {
                /** @description Replayed Idempotency-Key: the same document */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Generated */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            /** @enum {string} */
                            docType: "commercial_proposal" | "contract" | "invoice" | "act";
                            number: string;
                            templateId: number;
                            record: {
                                type: string;
                                id: string;
                            } | null;
                            invoiceId: number | null;
                            counterpartyId: number | null;
                            hasPdf: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            downloads: {
                                docx: string;
                                pdf: string;
                            };
                            pdfError?: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description No template for the type, unknown data field, unpriced line */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One generated document */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The document */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SalesDocument"];
                    };
                };
                /** @description No such document */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the DOCX or PDF (PDF is converted once, then kept; 503 without LibreOffice) */
        get: {
            parameters: {
                query?: {
                    format?: "docx" | "pdf";
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such document */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description PDF needs LibreOffice on the server */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Invoices by id; filter by status (overdue included) or business record; cursor pages */
        get: {
            parameters: {
                query?: {
                    after?: string;
                    limit?: number;
                    status?: "draft" | "issued" | "partially_paid" | "paid" | "overdue" | "cancelled";
                    recordType?: string;
                    recordId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Invoice"][];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a draft invoice; lines priced, taxes and totals computed by the server (Idempotency-Key) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        currency: string;
                        customerGroup?: string | null;
                        buyerName?: string;
                        buyerTaxId?: string | null;
                        buyerAddress?: string | null;
                        dueDate?: string | null;
                        lines: components["schemas"]["LineInput"][];
                        vatPercent?: number;
                        record?: {
                            type: string;
                            id: string;
                        } | null;
                        counterpartyId?: number | null;
                    };
                };
            };
            responses: {
                /** @description Replayed Idempotency-Key */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Invoice"];
                    };
                };
                /** @description Invalid or unpriced lines (`body.lines.N.*`) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One invoice (ETag for If-Match) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The invoice */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Invoice"];
                    };
                };
                /** @description No such invoice */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Replace a draft (If-Match) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        currency: string;
                        customerGroup?: string | null;
                        buyerName?: string;
                        buyerTaxId?: string | null;
                        buyerAddress?: string | null;
                        dueDate?: string | null;
                        lines: components["schemas"]["LineInput"][];
                        vatPercent?: number;
                        record?: {
                            type: string;
                            id: string;
                        } | null;
                        counterpartyId?: number | null;
                    };
                };
            };
            responses: {
                /** @description Updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Invoice"];
                    };
                };
                /** @description Not a draft */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Stale If-Match */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}/issue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue a draft: it gets its number (INV-<year>-NNNNN) and due date */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Invoice"];
                    };
                };
                /** @description Not possible in this status */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Stale If-Match */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description If-Match missing */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel an invoice that has no payments */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Invoice"];
                    };
                };
                /** @description Not possible in this status */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Stale If-Match */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description If-Match missing */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An invoice's payments */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Payments */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Payment"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Payments; `unmatched=true` lists those waiting for a person to assign; cursor pages */
        get: {
            parameters: {
                query?: {
                    after?: string;
                    limit?: number;
                    unmatched?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Payment"][];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Enter a payment by hand; assigned to `invoiceId` or matched like an imported one (Idempotency-Key) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /** @description Integer minor units (cents, kopecks) */
                        amount: number;
                        currency: string;
                        /** Format: date */
                        paidOn: string;
                        payerName?: string | null;
                        payerTaxId?: string | null;
                        payerAccount?: string | null;
                        bankDocNumber?: string | null;
                        purpose?: string | null;
                        invoiceId?: number | null;
                    };
                };
            };
            responses: {
                /** @description Replayed Idempotency-Key */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Recorded */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Payment"];
                    };
                };
                /** @description Invoice not open or in another currency */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign an unmatched payment to an invoice (If-Match) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        invoiceId: number;
                    };
                };
            };
            responses: {
                /** @description Assigned */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Payment"];
                    };
                };
                /** @description Already assigned */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Stale If-Match */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invoice not open */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/{id}/unassign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Undo a wrong match: the payment is unmatched again (If-Match) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Unmatched */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Payment"];
                    };
                };
                /** @description Not assigned */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Stale If-Match */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import a bank statement (CSV or 1C ClientBankExchange, UTF-8 or windows-1251) in one transaction */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        format: "csv" | "1c";
                        /** Format: base64 */
                        contentBase64: string;
                        fileName?: string;
                        /** @default UAH */
                        currency?: string;
                        columns?: {
                            date: string;
                            amount: string;
                            number?: string;
                            currency?: string;
                            payerName?: string;
                            payerTaxId?: string;
                            payerAccount?: string;
                            payeeAccount?: string;
                            purpose?: string;
                        };
                        /** @enum {string} */
                        delimiter?: "," | ";" | "\t";
                        account?: string;
                    };
                };
            };
            responses: {
                /** @description Imported: counts and the new payments */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            importId: number;
                            encoding: string;
                            total: number;
                            created: number;
                            duplicates: number;
                            matched: number;
                            unmatched: number;
                            payments: components["schemas"]["Payment"][];
                        };
                    };
                };
                /** @description Malformed file: nothing imported; `errors[].params.line` names the line */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/web-form": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A request from the website form: public, authenticated by the X-Api-Key header (LEAD_FORM_KEYS); Idempotency-Key makes a resubmit return the same lead */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /** @description Ad source: utm_source, campaign code, "exhibition" */
                        source?: string;
                        interest?: string;
                        contactName?: string;
                        companyName?: string;
                        taxId?: string;
                        phone?: string;
                        /** Format: email */
                        email?: string;
                        message?: string;
                    };
                };
            };
            responses: {
                /** @description Received */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            status: string;
                        };
                    };
                };
                /** @description Missing or unknown X-Api-Key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No name, no phone or e-mail, or a malformed one */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Leads: a sales manager sees their own and the unassigned; cursor pages */
        get: {
            parameters: {
                query?: {
                    after?: string;
                    limit?: number;
                    status?: "new" | "qualified" | "rejected";
                    source?: string;
                    /** @description xlsx: the same table as an Excel workbook (or send Accept: the XLSX type) */
                    format?: "json" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page (with format=xlsx: every matching lead, up to 10 000, as a workbook) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Lead"][];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** A lead typed in by staff (call, e-mail, manual); Idempotency-Key makes a retry return the same lead */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /** @description Ad source: utm_source, campaign code, "exhibition" */
                        source?: string;
                        interest?: string;
                        contactName?: string;
                        companyName?: string;
                        taxId?: string;
                        phone?: string;
                        /** Format: email */
                        email?: string;
                        message?: string;
                        /**
                         * @default manual
                         * @enum {string}
                         */
                        channel?: "web" | "email" | "call" | "manual";
                        responsibleId?: number;
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Lead"];
                    };
                };
                /** @description No name, no phone or e-mail, or a malformed one */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One lead */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The lead */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Lead"];
                    };
                };
                /** @description No such lead, or not yours */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a lead that is not a sale, with the reason (If-Match) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Rejected */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Lead"];
                    };
                };
                /** @description Already qualified or rejected */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Stale If-Match */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description If-Match missing */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{id}/qualify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Qualify: the lead becomes a counterparty (duplicates checked by tax id, phone, e-mail) and a deal running its Sales process */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        counterpartyId?: number;
                        createCounterparty?: boolean;
                        deal: {
                            title?: string;
                            /** @default [] */
                            contacts?: {
                                contactId: number;
                                /** @enum {string} */
                                role: "decision_maker" | "influencer" | "user" | "gatekeeper" | "other";
                            }[];
                            /** @description Integer minor units (cents, kopecks) */
                            amount: number;
                            currency: string;
                            /** @default [] */
                            products?: {
                                productId: number;
                                qty: number;
                            }[];
                            expectedCloseDate?: string | null;
                            responsibleId?: number | null;
                            /** @default [] */
                            competitors?: string[];
                            /** @default sales-pipeline */
                            processKey?: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Already qualified: the same deal */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["QualifiedLead"];
                    };
                };
                /** @description Qualified: the deal */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["QualifiedLead"];
                    };
                };
                /** @description Possible duplicates (errors[].params.counterpartyId): choose one as counterpartyId or send createCounterparty: true */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The deals board of a process: per stage the count and per-currency sum of all its deals in your reach, and the first cards */
        get: {
            parameters: {
                query: {
                    processKey: string;
                    /** @description Only the deals this manager is responsible for */
                    responsibleId?: number;
                    counterpartyId?: number;
                    /** @description Part of the deal's title or its client's name, any case */
                    search?: string;
                    /** @description Cards per stage */
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Columns in funnel order, then other stages, then deals not placed yet */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DealBoard"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/board/cards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The next cards of one column of the deals board ("show more") */
        get: {
            parameters: {
                query: {
                    processKey: string;
                    /** @description Only the deals this manager is responsible for */
                    responsibleId?: number;
                    counterpartyId?: number;
                    /** @description Part of the deal's title or its client's name, any case */
                    search?: string;
                    /** @description Cards per stage */
                    limit?: number;
                    /** @description The column; an empty value is the column of deals not placed yet */
                    stage: string;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of cards */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Deal"][];
                            nextOffset: number | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deals within your reach; filter by status, stage, counterparty, process, responsible manager, or search title and client name; cursor pages */
        get: {
            parameters: {
                query?: {
                    after?: string;
                    limit?: number;
                    status?: "open" | "won" | "lost";
                    stage?: string;
                    counterpartyId?: number;
                    processKey?: string;
                    responsibleId?: number;
                    /** @description xlsx: the same table as an Excel workbook (or send Accept: the XLSX type) */
                    format?: "json" | "xlsx";
                    /** @description Part of the deal's title or its client's name, any case (pickers search as the user types) */
                    search?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page (with format=xlsx: every matching deal, up to 10 000, as a workbook) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Deal"][];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a deal; it starts its Sales process at once (Idempotency-Key makes a retry return the same deal) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        title: string;
                        /** @default [] */
                        contacts?: {
                            contactId: number;
                            /** @enum {string} */
                            role: "decision_maker" | "influencer" | "user" | "gatekeeper" | "other";
                        }[];
                        /** @description Integer minor units (cents, kopecks) */
                        amount: number;
                        currency: string;
                        /** @default [] */
                        products?: {
                            productId: number;
                            qty: number;
                        }[];
                        expectedCloseDate?: string | null;
                        responsibleId?: number | null;
                        /** @default [] */
                        competitors?: string[];
                        counterpartyId: number;
                        source?: string | null;
                        /** @default sales-pipeline */
                        processKey?: string;
                    };
                };
            };
            responses: {
                /** @description Replayed Idempotency-Key */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Created, process started */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Deal"];
                    };
                };
                /** @description Unknown counterparty, contact, product, user or process */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One deal with its current stage (ETag for If-Match) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The deal, with its responsible manager by name */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DealDetail"];
                    };
                };
                /** @description No such deal, or not within your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a deal's data (not its stage: that follows the process); needs If-Match */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        title?: string;
                        contacts?: {
                            contactId: number;
                            /** @enum {string} */
                            role: "decision_maker" | "influencer" | "user" | "gatekeeper" | "other";
                        }[];
                        /** @description Integer minor units (cents, kopecks) */
                        amount?: number;
                        currency?: string;
                        products?: {
                            productId: number;
                            qty: number;
                        }[];
                        expectedCloseDate?: string | null;
                        responsibleId?: number | null;
                        competitors?: string[];
                        lostReason?: string | null;
                    };
                };
            };
            responses: {
                /** @description Updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Deal"];
                    };
                };
                /** @description No such deal, or not within your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Stale If-Match */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description If-Match missing */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/deals/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Field-level changes of a deal: who, when, old and new value (its stages are in the process log) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Newest first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["DealChange"][];
                        };
                    };
                };
                /** @description No such deal, or not within your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/{id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a deal to a stage: a message to its process; a move the model does not allow from here is refused (409) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        stage: string;
                        lostReason?: string;
                    };
                };
            };
            responses: {
                /** @description Sent to the process; the stage changes when the process moves */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            from: string | null;
                            to: string;
                        };
                    };
                };
                /** @description No such deal, or not within your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The model does not allow this move from the current stage (allowedStages lists those it does), or the deal is closed */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Moving to Lost needs lostReason */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/funnel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sales funnel of a process: per stage deals and amounts entering, conversion, time in stage, open amount; win probability per open deal, forecast, calibration, lost deals */
        get: {
            parameters: {
                query?: {
                    process?: string;
                    processVersion?: number;
                    from?: string;
                    to?: string;
                    manager?: number;
                    team?: number;
                    source?: string;
                    /** @description xlsx: the same table as an Excel workbook (or send Accept: the XLSX type) */
                    format?: "json" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The funnel (amounts in minor units per currency; times in ms) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SalesFunnel"];
                    };
                };
                /** @description Unknown process or version */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shipments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Shipments within your reach; filter by deal, client, state, overdue; cursor pages */
        get: {
            parameters: {
                query?: {
                    after?: string;
                    limit?: number;
                    dealId?: number;
                    counterpartyId?: number;
                    state?: "planned" | "shipped" | "cancelled";
                    overdue?: "true" | "false";
                    /** @description xlsx: the same table as an Excel workbook (or send Accept: the XLSX type) */
                    format?: "json" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page (or, for format=xlsx, every matching shipment as a workbook) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Shipment"][];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Plan a shipment of a deal (or of its invoice); its process escalates when the planned time passes unshipped */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        dealId?: number;
                        invoiceId?: number;
                        lines: {
                            productId: number;
                            qty: number;
                        }[];
                        /**
                         * Format: date-time
                         * @description When the goods are to leave (ISO date-time); past it, unshipped, the shipment is overdue
                         */
                        plannedAt: string;
                        notes?: string | null;
                        responsibleId?: number;
                    };
                };
            };
            responses: {
                /** @description Replayed Idempotency-Key */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Planned, watched by its process */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Shipment"];
                    };
                };
                /** @description Unknown deal, invoice, product or user */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The process engine did not answer; nothing saved */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shipments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One shipment (ETag for If-Match) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The shipment */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Shipment"];
                    };
                };
                /** @description No such shipment, or not within your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a planned shipment; a new planned time or responsible re-arms its timer; needs If-Match */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        lines?: {
                            productId: number;
                            qty: number;
                        }[];
                        /**
                         * Format: date-time
                         * @description When the goods are to leave (ISO date-time); past it, unshipped, the shipment is overdue
                         */
                        plannedAt?: string;
                        notes?: string | null;
                        responsibleId?: number;
                    };
                };
            };
            responses: {
                /** @description Changed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Shipment"];
                    };
                };
                /** @description No such shipment, or not within your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not planned any more */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Stale If-Match */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description If-Match missing */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/shipments/{id}/ship": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a planned shipment shipped (shippedOn, default today); its timer stops; needs If-Match */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /** Format: date */
                        shippedOn?: string;
                    };
                };
            };
            responses: {
                /** @description Done */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Shipment"];
                    };
                };
                /** @description No such shipment, or not within your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not planned any more */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Stale If-Match */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description If-Match missing */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/shipments/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a planned shipment; its timer stops; needs If-Match */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Done */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Shipment"];
                    };
                };
                /** @description No such shipment, or not within your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not planned any more */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Stale If-Match */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description If-Match missing */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Contracts within your reach; filter by client, deal, ending before a date; cursor pages */
        get: {
            parameters: {
                query?: {
                    after?: string;
                    limit?: number;
                    counterpartyId?: number;
                    dealId?: number;
                    endsBefore?: string;
                    /** @description xlsx: the same table as an Excel workbook (or send Accept: the XLSX type) */
                    format?: "json" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page (or, for format=xlsx, every matching contract as a workbook) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Contract"][];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Register a contract of a deal or counterparty; its responsible is reminded before it ends (Idempotency-Key) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        number?: string;
                        subject?: string | null;
                        documentId?: number | null;
                        /** Format: date */
                        validFrom: string;
                        validTo?: string | null;
                        /** @description Days before validTo the responsible is reminded (default 30) */
                        remindDaysBefore?: number;
                        responsibleId?: number;
                        dealId?: number;
                        counterpartyId?: number;
                    };
                };
            };
            responses: {
                /** @description Replayed Idempotency-Key */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Registered, reminder armed */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Contract"];
                    };
                };
                /** @description The number is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unknown deal, counterparty, document or user; dates out of order */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The process engine did not answer; nothing saved */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One contract (ETag for If-Match) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The contract */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Contract"];
                    };
                };
                /** @description No such contract, or not within your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a contract registered by mistake; its reminder stops; needs If-Match */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such contract, or not within your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Stale If-Match */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description If-Match missing */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a contract; a new end date or notice period re-arms its reminder; needs If-Match */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        number?: string;
                        subject?: string | null;
                        documentId?: number | null;
                        /** Format: date */
                        validFrom?: string;
                        validTo?: string | null;
                        /** @description Days before validTo the responsible is reminded (default 30) */
                        remindDaysBefore?: number;
                        responsibleId?: number;
                    };
                };
            };
            responses: {
                /** @description Changed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Contract"];
                    };
                };
                /** @description No such contract, or not within your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The number is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Stale If-Match */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description If-Match missing */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/sales/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Plans of a period within your reach (yours; a head: the team’s; admins and analysts: all) */
        get: {
            parameters: {
                query: {
                    /** @description A month `2026-11` or a quarter `2026-Q4` (UTC) */
                    period: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The plans */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["SalesPlan"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Set a manager's plan for a month or quarter (admins: anyone; heads of sales: their teams' members) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        userId: number;
                        /** @description A month `2026-11` or a quarter `2026-Q4` (UTC) */
                        period: string;
                        currency: string;
                        /** @description Integer minor units (cents, kopecks) */
                        amountWon: number;
                        dealsWon: number;
                        interactionsDone: number;
                    };
                };
            };
            responses: {
                /** @description Set */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SalesPlan"];
                    };
                };
                /** @description Not a member of a team you head */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description That person has a plan for the period: change it */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unknown user */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sales/plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One plan (ETag for If-Match) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The plan */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SalesPlan"];
                    };
                };
                /** @description No such plan within your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Remove a plan; needs If-Match */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Removed */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such plan within your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Stale If-Match */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description If-Match missing */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a plan; needs If-Match */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        currency?: string;
                        /** @description Integer minor units (cents, kopecks) */
                        amountWon?: number;
                        dealsWon?: number;
                        interactionsDone?: number;
                    };
                };
            };
            responses: {
                /** @description Changed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SalesPlan"];
                    };
                };
                /** @description No such plan within your reach */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Stale If-Match */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description If-Match missing */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/sales/performance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Plan against actual per manager for a month or quarter: amount and deals won, interactions done */
        get: {
            parameters: {
                query: {
                    /** @description A month `2026-11` or a quarter `2026-Q4` (UTC) */
                    period: string;
                    manager?: number;
                    /** @description xlsx: the same table as an Excel workbook (or send Accept: the XLSX type) */
                    format?: "json" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Per person in your reach (with format=xlsx: the same table as a workbook) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SalesPerformance"];
                    };
                };
                /** @description That manager is out of your reach */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        NewUser: {
            /** Format: email */
            email: string;
            displayName: string;
            password: string;
            roleCodes: string[];
            teamId?: number | null;
        };
        UserAccountPatch: {
            displayName?: string;
            roleCodes?: string[];
            teamId?: number | null;
            locale?: ("en" | "uk" | "ru" | "sk") | null;
            active?: boolean;
            lockVersion: number;
        };
        SegmentRule: {
            all: components["schemas"]["SegmentRule"][];
        } | {
            any: components["schemas"]["SegmentRule"][];
        } | {
            not: components["schemas"]["SegmentRule"];
        } | {
            /** @enum {string} */
            field: "status" | "kind" | "size" | "industry" | "region" | "source" | "abcClass" | "xyzClass";
            /** @enum {string} */
            op: "in" | "notIn" | "empty" | "notEmpty";
            values?: string[];
        } | {
            /** @constant */
            field: "tags";
            /** @enum {string} */
            op: "hasAny" | "hasAll" | "hasNone";
            values: string[];
        } | {
            /** @enum {string} */
            field: "name" | "legalName";
            /** @constant */
            op: "contains";
            value: string;
        } | {
            /** @enum {string} */
            field: "responsibleId" | "teamId";
            /** @enum {string} */
            op: "in" | "notIn";
            values: number[];
        } | ({
            /** @enum {string} */
            field: "createdAt" | "updatedAt" | "lastChangeAt" | "lastSaleAt";
            /** @enum {string} */
            op: "before" | "after";
            /** Format: date */
            value: string;
        } | {
            /** @enum {string} */
            field: "createdAt" | "updatedAt" | "lastChangeAt" | "lastSaleAt";
            /** @enum {string} */
            op: "withinDays" | "notWithinDays";
            days: number;
        });
        LineInput: {
            productId?: number;
            name?: string;
            unit?: string;
            qty: number;
            /** @description Integer minor units (cents, kopecks) */
            unitPrice?: number;
            discountPercent?: number;
            taxRatePercent?: number;
        };
        Health: {
            /** @enum {string} */
            status: "ok" | "degraded";
            version: string;
            database: {
                /** @enum {string} */
                status: "up" | "down";
                version?: string;
                error?: string;
            };
            temporal: {
                /** @enum {string} */
                status: "up" | "down";
                version?: string;
                error?: string;
                address: string;
                namespace: string;
            };
        };
        Problem: {
            type: string;
            title: string;
            status: number;
            code: string;
            detail?: string;
            instance?: string;
            errors?: {
                field: string;
                pointer: string;
                code: string;
                message: string;
                params?: {
                    [key: string]: unknown;
                };
            }[];
        };
        Session: {
            token: string;
            /** Format: date-time */
            expiresAt: string;
            user: components["schemas"]["CurrentUser"];
        };
        CurrentUser: {
            id: number;
            email: string;
            displayName: string;
            locale: string | null;
            timeZone: string | null;
            roles: string[];
        };
        SessionProbe: {
            user: components["schemas"]["CurrentUser"] | null;
        };
        RoundTrip: {
            /** Format: uuid */
            id: string;
            workflowId: string;
            message: string;
            requestedBy: number;
            /** Format: date-time */
            recordedAt: string;
        };
        ProcessVersion: {
            number: number;
            name: string;
            bpmnProcessId: string;
            checksum: string;
            active: boolean;
            /** Format: date-time */
            deployedAt: string;
            deployedBy: {
                id: number;
                displayName: string | null;
            };
            warnings: {
                elementId: string;
                elementType: string;
                name?: string;
                /** @description In English */
                reason: string;
                /** @description Set when the reason carries values: a stable code to translate (refusals send it in errors[].params too) */
                reasonCode?: string;
                /** @description The values the reason speaks of (element ids, expressions, limits) */
                values?: {
                    [key: string]: string | number;
                };
            }[];
        };
        ProcessDefinition: {
            key: string;
            name: string;
            activeVersion: number | null;
            latestVersion: number;
            lockVersion: number;
        };
        ProcessInstanceSummary: {
            workflowId: string;
            definitionKey: string;
            versionNumber: number;
            /** @enum {string} */
            status: "active" | "completed" | "terminated" | "cancelled" | "incident";
            currentNodes: string[];
            /** @description The steps of currentNodes as the model names them (the id when unnamed) */
            currentStepNames: string[];
            stage: string | null;
            record: {
                type: string;
                id: string;
            } | null;
            /** @description The client’s name or the deal’s title; null when the record is out of your reach */
            recordName: string | null;
            startedBy: number | null;
            /** Format: date-time */
            startedAt: string;
            endedAt: string | null;
        };
        ProcessInstance: {
            workflowId: string;
            definitionKey: string;
            versionNumber: number;
            status: string;
            currentNodes: string[];
            stage: string | null;
            variables: {
                [key: string]: unknown;
            };
            record: {
                type: string;
                id: string;
            } | null;
            /** @description The client’s name or the deal’s title; null when the record is out of your reach */
            recordName: string | null;
            incidents?: {
                id: string;
                nodeId: string;
                message: string;
            }[];
            startedBy: number | null;
            /** Format: date-time */
            startedAt: string;
            endedAt: string | null;
            openTasks: {
                id: string;
                nodeId: string;
                name: string;
                assigneeId: number | null;
                assigneeName: string | null;
                candidateGroups: string[];
                dueAt: string | null;
            }[];
            history: {
                type: string;
                nodeId: string | null;
                taskId: string | null;
                actorId: number | null;
                data: {
                    [key: string]: unknown;
                } | null;
                /** Format: date-time */
                occurredAt: string;
            }[];
            parentWorkflowId: string | null;
            children: {
                workflowId: string;
                definitionKey: string;
                versionNumber: number;
                status: string;
            }[];
        };
        MessageAnswer: {
            started: {
                workflowId: string;
                key: string;
                version: number;
            }[];
            correlated: {
                workflowId: string;
            }[];
        };
        Incident: {
            id: string;
            workflowId: string;
            definitionKey: string;
            versionNumber: number;
            nodeId: string | null;
            nodeType: string | null;
            message: string;
            /** Format: date-time */
            raisedAt: string;
            resolvedAt: string | null;
            instanceStatus: string;
        };
        ProcessStatistics: {
            key: string;
            version: number | null;
            nodes: components["schemas"]["NodeStatistics"][];
        };
        NodeStatistics: {
            nodeId: string;
            nodeType: string | null;
            entered: number;
            completed: number;
            open: number;
            avgMs: number | null;
            p90Ms: number | null;
            withDueDate: number;
            slaBreaches: number;
        };
        Task: {
            id: string;
            workflowId: string;
            definitionKey: string;
            versionNumber: number;
            nodeId: string;
            name: string;
            /** @enum {string} */
            status: "open" | "completed" | "cancelled";
            assigneeId: number | null;
            delegatedBy: number | null;
            candidateGroups: string[];
            priority: number;
            dueAt: string | null;
            form: {
                [key: string]: unknown;
            } | null;
            input: {
                [key: string]: unknown;
            };
            record: {
                type: string;
                id: string;
            } | null;
            /** Format: date-time */
            createdAt: string;
            lockVersion: number;
        };
        InboxItem: {
            /** @enum {string} */
            kind: "task" | "contact" | "reminder";
            id: string;
            title: string;
            due: string | null;
            overdue: boolean;
            priority: number;
            detail: string;
            assigneeId: number | null;
            process: {
                key: string;
                name: string;
                version: number;
                workflowId: string;
                nodeId: string;
            } | null;
            client: {
                id: number;
                name: string;
            } | null;
            deal: {
                id: number;
                name: string;
            } | null;
        };
        InboxCounts: {
            mine: number;
            claimable: number;
            overdue: number;
            delegated: number;
        };
        UserDirectoryEntry: {
            id: number;
            displayName: string;
            email: string;
            roles: string[];
        };
        UserAccount: {
            id: number;
            email: string;
            displayName: string;
            roles: string[];
            teamId: number | null;
            locale: string | null;
            active: boolean;
            lockVersion: number;
        };
        /** @description What the colleague still owns: open inbox tasks, live clients, open deals */
        UserHoldings: {
            openTasks: number;
            clients: number;
            openDeals: number;
        };
        TeamOverview: {
            id: number;
            name: string;
            headId: number | null;
            headName: string | null;
            memberCount: number;
            lockVersion: number;
        };
        TeamMember: {
            id: number;
            displayName: string;
            email: string;
            active: boolean;
        };
        Notification: {
            id: number;
            kind: string;
            title: string;
            body: string;
            link: string | null;
            /** Format: date-time */
            createdAt: string;
            readAt: string | null;
        };
        BusinessCalendar: {
            name: string;
            /** @default UTC */
            timeZone: string;
            workingHours: {
                day: number;
                from: string;
                to: string;
            }[];
            /** @default [] */
            holidays: {
                /** Format: date */
                date: string;
                /** @default  */
                name: string;
            }[];
            code: string;
            lockVersion: number;
        };
        ClientImportRun: {
            importId: number;
            dryRun: boolean;
            totals: {
                rows: number;
                new: number;
                created: number;
                importedBefore: number;
                invalid: number;
                duplicate: number;
            };
            rows: {
                /** @description Row as a spreadsheet shows it (the header is row 1) */
                row: number;
                /** @enum {string} */
                status: "new" | "created" | "imported_before" | "invalid" | "duplicate";
                record: {
                    [key: string]: unknown;
                };
                errors: {
                    field: string;
                    column: string | null;
                    code: string;
                    params: {
                        [key: string]: string | number;
                    };
                    message: string;
                }[];
                duplicates: {
                    base: {
                        id: number;
                        name: string;
                        responsibleId: number | null;
                        score: number;
                        reasons: {
                            /** @enum {string} */
                            kind: "taxId" | "phone" | "email" | "name";
                            value?: string;
                            similarity?: number;
                        }[];
                    }[];
                    file: number[];
                };
                counterpartyId: number | null;
            }[];
        };
        Counterparty: {
            id: number;
            /** @enum {string} */
            kind: "company" | "person";
            name: string;
            legalName: string | null;
            relationships: string[];
            parentId: number | null;
            division: boolean;
            taxId: string | null;
            taxIdKind: string | null;
            registrationIds: {
                kind: string;
                value: string;
            }[];
            addresses: {
                /** @enum {string} */
                kind?: "legal" | "postal" | "office" | "delivery" | "home";
                text: string;
                country?: string;
            }[];
            phones: {
                number: string;
                label?: string;
            }[];
            emails: {
                address: string;
                label?: string;
            }[];
            messengers: {
                kind: string;
                handle: string;
            }[];
            website: string | null;
            industry: string | null;
            region: string | null;
            size: ("micro" | "small" | "medium" | "large" | "enterprise") | null;
            /** @enum {string} */
            status: "lead" | "prospect" | "client" | "former";
            source: string | null;
            tags: string[];
            responsibleId: number | null;
            teamId: number | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            abcClass: string | null;
            xyzClass: string | null;
            lockVersion: number;
            completeness?: {
                score: number;
                missingRequired: string[];
                missingDesirable: string[];
            };
        };
        Segment: {
            id: number;
            name: string;
            description: string | null;
            rules: components["schemas"]["SegmentRule"];
            ownerId: number | null;
            lockVersion: number;
        };
        SalesLinesImport: {
            dryRun: boolean;
            /** @description Data rows read (the header row is not counted) */
            rows: number;
            /** @description Rows that would be (or were) stored */
            valid: number;
            imported: number;
            /** @description Valid rows imported before (same reference): not stored again */
            skipped: number;
            errors: {
                /** @description Line in the file, the header being line 1 */
                row: number;
                field: string;
                /** @description What is wrong: required, invalid_date, invalid_amount, invalid_client_id, missing_client, unknown_client, too_long, … */
                code: string;
                params: {
                    [key: string]: string | number;
                };
                /** @description The same in English */
                message: string;
            }[];
        };
        AbcXyzAnalysis: {
            period: {
                /** Format: date */
                from: string;
                /** Format: date */
                to: string;
            };
            /** @enum {string} */
            measure: "revenue" | "margin";
            thresholds: {
                a: number;
                b: number;
                c: number;
                x: number;
                y: number;
            };
            /** @description Classified clients within your reach */
            clients: number;
            /** @description Clients per cell, AX to CZ */
            matrix: {
                [key: string]: number;
            };
            /** @description Best clients first, up to `limit` */
            items: components["schemas"]["AbcXyzClassRow"][];
        };
        AbcXyzClassRow: {
            counterpartyId: number;
            name: string;
            /** @description The measure (revenue or margin) over the period */
            total: number;
            revenue: number;
            margin: number;
            /** @description Fraction (0–1) of the whole base's total */
            share: number;
            /** @enum {string} */
            abc: "A" | "B" | "C";
            /** @description Coefficient of variation of monthly sales as a fraction (x and y are percent of it); null without revenue */
            cv: number | null;
            /** @enum {string} */
            xyz: "X" | "Y" | "Z";
        };
        AbcXyzRecalculation: {
            classified: number;
            /** @description Clients that lost their class (no sales in the period) */
            cleared: number;
        };
        ClientClassHistory: {
            items: {
                measure: string;
                /** Format: date */
                from: string;
                /** Format: date */
                to: string;
                /** @enum {string} */
                abc: "A" | "B" | "C";
                /** @enum {string} */
                xyz: "X" | "Y" | "Z";
                total: number;
                /** @description Fraction (0–1) of the total */
                share: number;
                cv: number | null;
                /** Format: date-time */
                computedAt: string;
            }[];
        };
        SegmentationReport: {
            period: {
                /** Format: date */
                from: string;
                /** Format: date */
                to: string;
            };
            industry: components["schemas"]["SegmentationRow"][];
            region: components["schemas"]["SegmentationRow"][];
            size: components["schemas"]["SegmentationRow"][];
            abcClass: components["schemas"]["SegmentationRow"][];
            xyzClass: components["schemas"]["SegmentationRow"][];
            status: components["schemas"]["SegmentationRow"][];
        };
        SegmentationRow: {
            /** @description null: the field is empty (or the client has no class) */
            value: string | null;
            clients: number;
            revenue: number;
            margin: number;
        };
        ClientChange: {
            id: number;
            recordType: string;
            recordId: number;
            action: string;
            field: string;
            oldValue: unknown;
            newValue: unknown;
            /** @description Name of the record an id value points at (responsible, team, parent client); null for other fields */
            oldLabel: string | null;
            newLabel: string | null;
            actorId: number | null;
            /** @description Display name of the user who made the change */
            actorName: string | null;
            /** @description The process instance that made the change (actorId is then null) */
            workflowId: string | null;
            /** Format: date-time */
            changedAt: string;
        };
        ContactPerson: {
            id: number;
            counterpartyId: number;
            fullName: string;
            position: string | null;
            decisionRole: ("decision_maker" | "influencer" | "user" | "gatekeeper") | null;
            phones: {
                number: string;
                label?: string;
            }[];
            emails: {
                address: string;
                label?: string;
            }[];
            messengers: {
                kind: string;
                handle: string;
            }[];
            birthday: string | null;
            preferredChannel: ("phone" | "email" | "messenger" | "meeting" | "sms") | null;
            note: string | null;
            /** @description The client’s primary contact (at most one per client) */
            isPrimary: boolean;
            lockVersion: number;
        };
        Relation: {
            id: number;
            /** @enum {string} */
            kind: "parent_company" | "partner" | "competitor" | "supplier" | "influences";
            /** @enum {string} */
            direction: "outgoing" | "incoming";
            other: {
                /** @enum {string} */
                type: "counterparty" | "contact";
                id: number;
                name: string | null;
            };
            note: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        Dossier: {
            counterparty: components["schemas"]["Counterparty"];
            contacts: components["schemas"]["ContactPerson"][];
            relations: components["schemas"]["Relation"][];
            timeline: components["schemas"]["TimelineEntry"][];
        };
        TimelineEntry: {
            /** @description Which source produced it: `change`, `process`, `task`, … */
            source: string;
            /** @description Stable within the source, e.g. `change:42` */
            id: string;
            /** Format: date-time */
            at: string;
            title: string;
            actorId: number | null;
            data: {
                [key: string]: unknown;
            };
        };
        CompletenessReport: {
            total: number;
            averageScore: number;
            /** @description Most missed first */
            fields: {
                field: string;
                /** @enum {string} */
                level: "required" | "desirable";
                missing: number;
            }[];
            byResponsible: {
                responsibleId: number | null;
                total: number;
                /** @description Missing a required field */
                incomplete: number;
                averageScore: number;
            }[];
        };
        LegalEntity: {
            id: number;
            name: string;
            taxId: string | null;
            registrationId: string | null;
            address: string | null;
            vatPayer: boolean;
            active: boolean;
            createdAt: string;
            updatedAt: string;
            version: number;
        };
        Team: {
            id: number;
            name: string;
            headId: number | null;
            lockVersion: number;
        };
        Interaction: {
            id: number;
            /** @enum {string} */
            kind: "call" | "meeting" | "email" | "note" | "contact";
            counterpartyId: number | null;
            contactIds: number[];
            /** Format: date-time */
            at: string;
            durationMinutes: number | null;
            subject: string;
            description: string | null;
            responsibleId: number;
            teamId: number | null;
            participantIds: number[];
            /** @enum {string} */
            state: "planned" | "done" | "cancelled";
            /** @description planned and its time has passed */
            overdue: boolean;
            result: string | null;
            nextStep: string | null;
            remindBeforeMinutes: number | null;
            completedAt: string | null;
            cancelledAt: string | null;
            createdBy: number | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            lockVersion: number;
        };
        IncomingRequest: {
            id: number;
            counterpartyId: number | null;
            counterpartyName: string | null;
            from: string;
            /** @enum {string} */
            channel: "phone" | "email" | "messenger" | "sms" | "web" | "visit";
            text: string;
            addresseeId: number;
            addresseeName: string | null;
            teamId: number | null;
            /** @enum {string} */
            routedBy: "person" | "team_head" | "team_rule";
            read: boolean;
            readAt: string | null;
            createdBy: number | null;
            /** Format: date-time */
            createdAt: string;
        };
        Reminder: {
            id: number;
            /** Format: date-time */
            at: string;
            text: string;
            counterpartyId: number | null;
            interactionId: number | null;
            /** @enum {string} */
            state: "scheduled" | "fired" | "cancelled";
            firedAt: string | null;
        };
        EmployeeInteractionFigures: {
            userId: number;
            displayName: string;
            teamId: number | null;
            done: number;
            planned: number;
            overdue: number;
            cancelled: number;
            byKind: {
                [key: string]: {
                    done: number;
                    planned: number;
                    overdue: number;
                    cancelled: number;
                };
            };
        };
        ProductType: {
            id: number;
            code: string;
            name: string;
            parameters: {
                key: string;
                label?: string;
                /** @enum {string} */
                kind: "string" | "number" | "boolean" | "date";
                required?: boolean;
            }[];
            version: number;
        };
        Product: {
            id: number;
            sku: string;
            name: string;
            typeId: number | null;
            unit: string;
            parameters: {
                [key: string]: string | number | boolean;
            };
            taxRatePercent: number | null;
            active: boolean;
            version: number;
        };
        Price: {
            id: number;
            productId: number;
            currency: string;
            customerGroup: string | null;
            /** @description Integer minor units (cents, kopecks) */
            amount: number;
            minQty: number;
            validFrom: string;
            validTo: string | null;
        };
        Discount: {
            id: number;
            name: string;
            percent: number;
            productId: number | null;
            productTypeId: number | null;
            customerGroup: string | null;
            counterpartyId: number | null;
            validFrom: string | null;
            validTo: string | null;
        };
        DocumentTemplate: {
            id: number;
            /** @enum {string} */
            docType: "commercial_proposal" | "contract" | "invoice" | "act";
            name: string;
            placeholders: string[];
            active: boolean;
            /** Format: date-time */
            uploadedAt: string;
        };
        SalesDocument: {
            id: number;
            /** @enum {string} */
            docType: "commercial_proposal" | "contract" | "invoice" | "act";
            number: string;
            templateId: number;
            record: {
                type: string;
                id: string;
            } | null;
            invoiceId: number | null;
            counterpartyId: number | null;
            hasPdf: boolean;
            /** Format: date-time */
            createdAt: string;
            downloads: {
                docx: string;
                pdf: string;
            };
        };
        Invoice: {
            id: number;
            number: string | null;
            /** @enum {string} */
            status: "draft" | "issued" | "partially_paid" | "paid" | "overdue" | "cancelled";
            currency: string;
            customerGroup: string | null;
            buyerName: string;
            buyerTaxId: string | null;
            buyerAddress: string | null;
            issueDate: string | null;
            dueDate: string | null;
            lines: {
                position: number;
                productId: number | null;
                name: string;
                unit: string;
                qty: number;
                /** @description Integer minor units (cents, kopecks) */
                unitPrice: number;
                discountPercent: number;
                taxRatePercent: number;
                /** @description Integer minor units (cents, kopecks) */
                net: number;
                /** @description Integer minor units (cents, kopecks) */
                tax: number;
                /** @description Integer minor units (cents, kopecks) */
                total: number;
            }[];
            /** @description Integer minor units (cents, kopecks) */
            netTotal: number;
            /** @description Integer minor units (cents, kopecks) */
            taxTotal: number;
            /** @description Integer minor units (cents, kopecks) */
            total: number;
            /** @description Integer minor units (cents, kopecks) */
            paidTotal: number;
            outstanding: number;
            /** @description Integer minor units (cents, kopecks) */
            overpaid: number;
            record: {
                type: string;
                id: string;
            } | null;
            counterpartyId: number | null;
            version: number;
        };
        Payment: {
            id: number;
            /** @description Integer minor units (cents, kopecks) */
            amount: number;
            currency: string;
            paidOn: string;
            payerName: string | null;
            payerTaxId: string | null;
            payerAccount: string | null;
            bankDocNumber: string | null;
            purpose: string | null;
            /** @enum {string} */
            source: "manual" | "csv" | "1c";
            invoiceId: number | null;
            counterpartyId: number | null;
            matchScore: number | null;
            importId: number | null;
            version: number;
        };
        Lead: {
            id: number;
            /** @enum {string} */
            status: "new" | "qualified" | "rejected";
            channel: string;
            source: string | null;
            interest: string | null;
            contactName: string | null;
            companyName: string | null;
            taxId: string | null;
            phone: string | null;
            email: string | null;
            message: string | null;
            rejectedReason: string | null;
            responsibleId: number | null;
            counterpartyId: number | null;
            dealId: number | null;
            createdAt: string;
            version: number;
        };
        QualifiedLead: {
            lead: components["schemas"]["Lead"];
            deal: components["schemas"]["Deal"];
        };
        Deal: {
            id: number;
            title: string;
            counterpartyId: number;
            contacts: {
                contactId: number;
                role: string;
            }[];
            amount: number;
            currency: string;
            products: {
                productId: number;
                qty: number;
            }[];
            expectedCloseDate: string | null;
            responsibleId: number | null;
            teamId: number | null;
            competitors: string[];
            lostReason: string | null;
            source: string | null;
            leadId: number | null;
            processKey: string;
            workflowId: string | null;
            /** @description The crm:stage of the node where the process token is */
            stage: string | null;
            /** @enum {string} */
            status: "open" | "won" | "lost";
            closedAt: string | null;
            createdAt: string;
            version: number;
        };
        DealBoard: {
            stages: string[];
            columns: components["schemas"]["DealBoardColumn"][];
        };
        DealBoardColumn: {
            /** @description null: deals whose process has not placed them on a stage yet */
            stage: string | null;
            /** @description Every deal of the stage passing the filter */
            count: number;
            /** @description Sum per currency in minor units; currencies are never added up */
            amounts: {
                [key: string]: number;
            };
            items: components["schemas"]["Deal"][];
            /** @description Pass as offset to /deals/board/cards for the next cards; null when all were sent */
            nextOffset: number | null;
        };
        DealDetail: {
            id: number;
            title: string;
            counterpartyId: number;
            contacts: {
                contactId: number;
                role: string;
            }[];
            amount: number;
            currency: string;
            products: {
                productId: number;
                qty: number;
            }[];
            expectedCloseDate: string | null;
            responsibleId: number | null;
            teamId: number | null;
            competitors: string[];
            lostReason: string | null;
            source: string | null;
            leadId: number | null;
            processKey: string;
            workflowId: string | null;
            /** @description The crm:stage of the node where the process token is */
            stage: string | null;
            /** @enum {string} */
            status: "open" | "won" | "lost";
            closedAt: string | null;
            createdAt: string;
            version: number;
            responsibleName: string | null;
        };
        DealChange: {
            id: number;
            field: string;
            action: string;
            oldValue: unknown;
            newValue: unknown;
            /** @description The name of a person an id value stands for (responsibleId) */
            oldLabel: string | null;
            newLabel: string | null;
            actorId: number | null;
            actorName: string | null;
            /** @description The process instance that made the change (actorId is then null) */
            workflowId: string | null;
            changedAt: string;
        };
        SalesFunnel: {
            process: {
                key: string;
                version: number | null;
                stages: string[];
            };
            stages: {
                stage: string;
                entered: number;
                enteredAmount: {
                    [key: string]: number;
                };
                conversionToNext: number | null;
                avgTimeMs: number | null;
                medianTimeMs: number | null;
                timedStays: number;
                openDeals: number;
                openAmount: {
                    [key: string]: number;
                };
            }[];
            openDeals: {
                dealId: number;
                stage: string;
                timeInStageMs: number;
                probability: number | null;
                /** @enum {string} */
                basis: "stage_and_time" | "stage" | "model" | "none";
                sampleSize: number;
                amount: number;
                currency: string;
            }[];
            forecast: {
                openDeals: number;
                openAmount: {
                    [key: string]: number;
                };
                expectedAmount: {
                    [key: string]: number;
                };
                minSampleSize: number;
            };
            history: {
                closedDeals: number;
                won: number;
            };
            calibration: {
                band: string;
                predictions: number;
                avgPredicted: number | null;
                actualWinRate: number | null;
            }[];
            lost: {
                byReason: {
                    reason: string;
                    deals: number;
                    amount: {
                        [key: string]: number;
                    };
                }[];
                byStage: {
                    stage: string;
                    deals: number;
                    amount: {
                        [key: string]: number;
                    };
                }[];
                byCompetitor: {
                    competitor: string;
                    deals: number;
                    amount: {
                        [key: string]: number;
                    };
                }[];
            };
        };
        Shipment: {
            id: number;
            dealId: number | null;
            invoiceId: number | null;
            counterpartyId: number | null;
            responsibleId: number;
            lines: {
                productId: number;
                qty: number;
            }[];
            plannedAt: string;
            shippedOn: string | null;
            /** @enum {string} */
            state: "planned" | "shipped" | "cancelled";
            overdue: boolean;
            notes: string | null;
            workflowId: string | null;
            createdAt: string;
            version: number;
        };
        Contract: {
            id: number;
            number: string;
            subject: string | null;
            dealId: number | null;
            counterpartyId: number;
            documentId: number | null;
            validFrom: string;
            validTo: string | null;
            remindDaysBefore: number;
            remindAt: string | null;
            remindedAt: string | null;
            responsibleId: number;
            active: boolean;
            version: number;
        };
        SalesPlan: {
            id: number;
            userId: number;
            period: string;
            currency: string;
            /** @description Integer minor units (cents, kopecks) */
            amountWon: number;
            dealsWon: number;
            interactionsDone: number;
            setBy: number;
            version: number;
        };
        SalesPerformance: {
            period: string;
            /** @enum {string} */
            kind: "month" | "quarter";
            from: string;
            to: string;
            items: components["schemas"]["PerformanceRow"][];
        };
        PerformanceRow: {
            userId: number;
            displayName: string | null;
            teamId: number | null;
            /** @description Whether you may set or change this person's plan */
            canPlan: boolean;
            plan: components["schemas"]["PlanTarget"] | null;
            actual: {
                amountWon: number | null;
                dealsWon: number;
                interactionsDone: number;
                wonAmounts: {
                    currency: string;
                    amount: number;
                }[];
            };
            completionPercent: {
                amountWon: number | null;
                dealsWon: number | null;
                interactionsDone: number | null;
            } | null;
        };
        PlanTarget: {
            /**
             * @description `month`/`quarter`: the period's own plan; `months`: a quarter without one, the sum of its month plans
             * @enum {string}
             */
            source: "month" | "quarter" | "months";
            /** @description The plan to change (null when summed from months) */
            id: number | null;
            version: number | null;
            /** @description The month plans added up (source `months`) */
            months: string[];
            /** @description Null when the month plans are in different currencies */
            currency: string | null;
            /** @description Null when the month plans are in different currencies (no exchange rates): see amounts */
            amountWon: number | null;
            /** @description The planned amount per currency */
            amounts: {
                currency: string;
                amount: number;
            }[];
            dealsWon: number;
            interactionsDone: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
