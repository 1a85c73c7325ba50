import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { StockLevel } from './entities/stock-level.entity';
import { StockLocation } from './entities/stock-location.entity';
import { StockMovement } from './entities/stock-movement.entity';
import { StockReservation } from './entities/stock-reservation.entity';
import { InventoryResolver } from './inventory.resolver';
import { InventoryService } from './inventory.service';
import { ReservationExpiry } from './reservation-expiry';

@Module({
  imports: [TypeOrmModule.forFeature([StockLocation, StockLevel, StockMovement, StockReservation])],
  providers: [InventoryService, InventoryResolver, ReservationExpiry],
  exports: [InventoryService],
})
export class InventoryModule {}
