// GLSP asks for the type hints right after it asks for the model; the server answers in order, so they came after
// the model, and applying them drew the whole diagram a second time (25–90 ms at 1,000 nodes). The CTG hints do not
// depend on the model (server: CtgDiagramConfiguration): asked for just before it, they come first and the model's
// own drawing already has them.
import { TypeHintProvider } from '@eclipse-glsp/client';
import { injectable } from 'inversify';

@injectable()
export class CtgTypeHintProvider extends TypeHintProvider {
    private asked?: Promise<void>;

    async preRequestModel(): Promise<void> {
        this.asked = super.postRequestModel();
    }

    override async postRequestModel(): Promise<void> {
        const asked = this.asked ?? super.postRequestModel();
        this.asked = undefined;
        await asked;
    }
}
