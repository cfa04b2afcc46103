#import <Foundation/Foundation.h>

NSURL *url = [NSURL URLWithString:@"{{baseUrl}}/echo"];
NSMutableURLRequest *request = [NSMutableURLRequest requestWithURL:url];
[request setHTTPMethod:@"GET"];
[request setValue:@"\"; rm -rf ~; \" $(id) `id` #{system('id')} \\(exploit) ${HOME} '; require('child_process').exec('id'); ' <?php */ %s" forHTTPHeaderField:@"X-Shell"];
[request setValue:@"'single' \"double\" `back` \\back\\slash\\" forHTTPHeaderField:@"X-Quotes"];
[request setValue:@"#{1+1} ${1+1} \\(1+1) {$x} $x @x #$x #@x %(x)s {0}" forHTTPHeaderField:@"X-Interp"];
[request setValue:@"*/ /* // # -- <!-- ?>" forHTTPHeaderField:@"X-Comment"];

dispatch_semaphore_t semaphore = dispatch_semaphore_create(0);
NSURLSessionDataTask *task = [[NSURLSession sharedSession] dataTaskWithRequest:request completionHandler:^(NSData *data, NSURLResponse *response, NSError *error) {
    if (error) {
        NSLog(@"%@", error);
    } else {
        NSLog(@"%@", [[NSString alloc] initWithData:data encoding:NSUTF8StringEncoding]);
    }
    dispatch_semaphore_signal(semaphore);
}];
[task resume];
dispatch_semaphore_wait(semaphore, DISPATCH_TIME_FOREVER);
