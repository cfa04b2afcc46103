#import <Foundation/Foundation.h>

NSURL *url = [NSURL URLWithString:@"{{baseUrl}}/v1/orders"];
NSMutableURLRequest *request = [NSMutableURLRequest requestWithURL:url];
[request setHTTPMethod:@"POST"];
[request setValue:@"application/json" forHTTPHeaderField:@"Content-Type"];
[request setHTTPBody:[@"{\n"
    @"  \"customer\": \"Zoë\",\n"
    @"  \"escaped\": \"caf\\u00e9 \\\"quoted\\\" \\\\ back\",\n"
    @"  \"items\": [\n"
    @"    { \"sku\": \"A-1\", \"qty\": 2, \"price\": 9.90 },\n"
    @"    { \"sku\": \"B-2\", \"qty\": 1, \"price\": 1e3 }\n"
    @"  ],\n"
    @"  \"note\": \"#{x} ${y} \\\\(z) `w`\",\n"
    @"  \"empty\": {},\n"
    @"  \"nothing\": null\n"
    @"}\n" dataUsingEncoding:NSUTF8StringEncoding]];

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
