// Sprotty's model factory, its property check remembered. For every property of every element the server sends, it
// looks for a getter along the element's prototype chain (a getter is the element's own, not copied from the
// server); at 1,000 nodes that walk is a sizeable part of turning the server's model into elements. The answer
// depends only on the element's class and the property's name, so it is looked for once per class and name.
import { GModelElement, GModelFactory } from '@eclipse-glsp/client';
import { injectable } from 'inversify';

@injectable()
export class CtgModelFactory extends GModelFactory {
    private readonly reserved = new Map<object, Map<string, boolean>>();

    protected override isReserved(element: GModelElement, propertyName: string): boolean {
        // An element's own properties are plain values set by its constructor: the class decides.
        const type = Object.getPrototypeOf(element) as object;
        let known = this.reserved.get(type);
        if (!known) {
            known = new Map();
            this.reserved.set(type, known);
        }
        let answer = known.get(propertyName);
        if (answer === undefined) {
            answer = super.isReserved(element, propertyName);
            known.set(propertyName, answer);
        }
        return answer;
    }
}
