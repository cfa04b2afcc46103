#import <Foundation/Foundation.h>

NSURL *url = [NSURL URLWithString:@"{{baseUrl}}/pets/{{petId}}?api_key={{api_key}}&limit=10"];
NSMutableURLRequest *request = [NSMutableURLRequest requestWithURL:url];
[request setHTTPMethod:@"GET"];
[request setValue:@"{{api_key}}" forHTTPHeaderField:@"X-API-Key"];
[request setValue:@"session={{session_id}}; api_key={{api_key}}" forHTTPHeaderField:@"Cookie"];
[request setValue:@"\"; rm -rf ~; \"" forHTTPHeaderField:@"X-Note"];
[request setValue:@"Bearer {{bearerAuth}}" forHTTPHeaderField:@"Authorization"];

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
