/**
 * Short synthetic articles written for the tests (never real texts): reports of a few encounters,
 * some of them reported twice by the two sides' outlets.
 */
export interface TestDoc {
    id: string;
    source: string;
    url: string;
    published: string;
    text: string;
}
export declare const TEST_DOCS: TestDoc[];
