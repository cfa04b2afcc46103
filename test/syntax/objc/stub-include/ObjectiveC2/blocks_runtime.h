/* libobjc2's blocks runtime header, which GNUstep's headers include when the compiler has blocks; Debian's gcc runtime has none. Declarations only (the check never links). */
void *_Block_copy(const void *block);
void _Block_release(const void *block);
