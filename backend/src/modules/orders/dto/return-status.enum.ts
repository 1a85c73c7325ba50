import { registerEnumType } from '@nestjs/graphql';
import { ReturnStatus } from '../entities/return-status';

registerEnumType(ReturnStatus, { name: 'ReturnStatus', description: 'requested → approved → received → refunded; or rejected.' });

export { ReturnStatus };
