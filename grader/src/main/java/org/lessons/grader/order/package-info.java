/** Reading printed output as lines: sections, task lines, and comparing an order with the expected one. */
package org.lessons.grader.order;
